package app.pathwise.careerpath;

/**
 * Someone to talk to about a level: the reader's manager when they work in the same job family, or a
 * person on this level or the next one. {@code linked} when the reader may open their page.
 */
public record ExplorerContact(long employeeId, String fullName, String jobTitle, Relation relation, boolean linked) {

    public enum Relation {
        YOUR_MANAGER, THIS_LEVEL, NEXT_LEVEL
    }
}
