package app.pathwise.plan;

/**
 * The numbers that change with anything a plan's page shows, read before the plan itself: its page is
 * kept rendered under them (ADR 0016).
 *
 * @param revision the plan's revision, new with every change to the plan and its rows (V45)
 * @param previousRevision the revision of the plan this one follows (its title shows), or null
 * @param plans how many plans the employee has (the page counts the others)
 * @param people the people generation (the names it shows, V43)
 * @param framework the framework generation (the levels and competencies it names, V41)
 */
public record PlanStamp(long revision, Long previousRevision, long plans, long people, long framework) {
}
