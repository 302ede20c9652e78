package app.pathwise.careerpath;

import java.util.Collection;

/**
 * How ready someone is for a level, as a percentage. Every requirement counts equally: a competency
 * counts as current/required proficiency, capped at 1 (a missing rating is 0); a certification
 * counts 1 when held and valid, else 0; the years of experience count 1 when reached, else 0 (only
 * when the level asks for years). Education is shown but not counted: it is not recorded. The
 * percentage is the average, rounded down, so 100% means every requirement is met; a level without
 * requirements is 100%.
 *
 * @param percent 0 to 100
 * @param counted the number of requirements counted
 * @param met     how many of them are fully met
 */
public record Readiness(int percent, int counted, int met) {

    public static Readiness of(Collection<GapCompetency> competencies, Collection<GapCertification> certifications,
                               GapYears years) {
        double sum = 0;
        int counted = 0;
        int met = 0;
        for (GapCompetency competency : competencies) {
            sum += share(competency.current(), competency.required());
            counted++;
            met += competency.met() ? 1 : 0;
        }
        for (GapCertification certification : certifications) {
            sum += certification.met() ? 1 : 0;
            counted++;
            met += certification.met() ? 1 : 0;
        }
        if (years != null && years.counts()) {
            sum += years.met() ? 1 : 0;
            counted++;
            met += years.met() ? 1 : 0;
        }
        if (counted == 0) {
            return new Readiness(100, 0, 0);
        }
        return new Readiness((int) Math.floor(sum * 100 / counted + 1e-9), counted, met);
    }

    /** A competency's share: current/required, capped at 1; not rated counts as 0. */
    static double share(Integer current, int required) {
        if (required <= 0) {
            return 1;
        }
        return Math.min(1.0, (current == null ? 0 : current) / (double) required);
    }
}
