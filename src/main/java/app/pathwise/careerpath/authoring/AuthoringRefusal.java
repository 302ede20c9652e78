package app.pathwise.careerpath.authoring;

/**
 * A step the path's state does not allow (changing a version that is no longer a draft, approving
 * one that was not submitted, a second open version). Nothing was changed; the message key says why
 * in the reader's language.
 */
public class AuthoringRefusal extends RuntimeException {

    private final String messageKey;
    private final long pathId;
    private final transient Object[] args;

    public AuthoringRefusal(String messageKey, long pathId, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.pathId = pathId;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public long pathId() {
        return pathId;
    }

    public Object[] args() {
        return args.clone();
    }
}
