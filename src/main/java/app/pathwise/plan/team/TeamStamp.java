package app.pathwise.plan.team;

/**
 * What changes with anything a scope of the team view shows, read before the view itself: the team view
 * is kept rendered under it (ADR 0016).
 *
 * @param scope the scope it is about
 * @param people the people generation (who is in the scope, their names, job titles and managers; V43)
 * @param plans how many plans the scope's people have
 * @param revision the highest revision among those plans (V45, V47)
 */
public record TeamStamp(TeamScope scope, long people, long plans, long revision) {
}
