package app.pathwise.competency;

import java.util.List;

/** One competency with its behavioural indicators for every level of the scale, in scale order. */
public record CompetencyDetails(CompetencyView competency, long version, List<IndicatorView> indicators) {
}
