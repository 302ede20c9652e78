package app.pathwise.plan.team;

/** A plan ticked in the team view, with the version the reader saw. */
public record PlanChoice(long planId, long version) {

    /** Reads {@code id:version}; null for anything else. */
    public static PlanChoice parse(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return null;
        }
        try {
            return new PlanChoice(Long.parseLong(value.substring(0, colon).strip()),
                Long.parseLong(value.substring(colon + 1).strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
