package app.pathwise.objective;

import java.io.Serial;

/**
 * A key-result value that cannot be recorded: not a valid value for the key result's kind, a note too
 * long, or an objective that is closed. Carries a message key of this module (and its arguments) to
 * show next to the field; nothing was saved.
 */
public class KeyResultUpdateRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public KeyResultUpdateRejected(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
