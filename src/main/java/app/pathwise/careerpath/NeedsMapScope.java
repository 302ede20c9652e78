package app.pathwise.careerpath;

/**
 * Whose needs the map shows: the manager's direct team, their whole reporting line, a department
 * (with its sub-departments; HR may leave it empty for the whole organisation; a manager sees only the
 * people of their line in it) or a job family (the people whose level is on one of its paths).
 */
public record NeedsMapScope(Kind kind, Long departmentId, Long familyId) {

    public enum Kind {
        TEAM, LINE, DEPARTMENT, FAMILY
    }

    public static NeedsMapScope team() {
        return new NeedsMapScope(Kind.TEAM, null, null);
    }
}
