package app.pathwise.competency;

/** A competency in HR's list, with how many levels of the scale its behaviours describe. */
public record CompetencyRow(CompetencyView competency, int describedLevels, int scaleSize) {

    public boolean complete() {
        return describedLevels >= scaleSize;
    }
}
