package app.pathwise.people;

/** A choice in a select list. */
public record Option(long id, String label) {
}
