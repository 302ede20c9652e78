package app.pathwise.competency;

/**
 * What HR's competency list shows.
 *
 * @param query part of a code or a name in any language, or blank
 * @param groupId one group, or null for all
 * @param active true or false for active or inactive competencies only, null for both
 */
public record CompetencyFilter(String query, Long groupId, Boolean active) {

    public static final CompetencyFilter ALL = new CompetencyFilter(null, null, null);
}
