package app.pathwise.careerpath;

/**
 * The numbers that change with whatever the pages about where people stand show (ADR 0017): the gap
 * page, the needs map. Read before the content, so that content kept under them is never older.
 *
 * @param people the people generation (names, job titles, hire dates, reporting lines; V43)
 * @param framework the framework generation (levels, requirements, the scale; V41)
 * @param assessments the assessments generation, raised by any change to anyone's ratings or
 *     certifications (V46)
 * @param revision the one person's assessment revision (V46), 0 when they have had no change since;
 *     0 too when the stamp is not about one person
 */
public record AssessmentStamp(long people, long framework, long assessments, long revision) {
}
