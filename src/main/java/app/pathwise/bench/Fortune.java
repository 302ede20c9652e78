package app.pathwise.bench;

/** One row of the TechEmpower {@code fortune} table. */
record Fortune(int id, String message) {
}
