package app.pathwise.notification;

/** A due row of the outbox with the notice it copies. */
record OutgoingMail(long id, String address, String language, int attempts, String kind, String arguments,
                    String link) {
}
