package app.pathwise.notification;

/**
 * Sends notices: stores them in the recipient's inbox, in the caller's transaction, and queues the
 * e-mail when the recipient wants e-mail. Call it from the service that made the change.
 */
public interface Notifier {

    /**
     * Delivers the notice. Returns false when a notice with the same deduplication key was
     * delivered before, in which case nothing happens.
     */
    boolean send(Notice notice);
}
