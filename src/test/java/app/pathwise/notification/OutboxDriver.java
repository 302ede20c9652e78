package app.pathwise.notification;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package send the queued e-mail now, as the scheduled job would. */
public final class OutboxDriver {

    private OutboxDriver() {
    }

    /** Sends every e-mail that is due; returns how many were sent. */
    public static int sendDue(ApplicationContext context) {
        return context.getBean(MailOutbox.class).sendDue();
    }
}
