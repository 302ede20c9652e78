package app.pathwise.plan;

/**
 * A step the plan's state does not allow (submitting a plan that is already submitted, editing an
 * approved plan's agreed content, a second open plan). Nothing was changed; the web layer answers
 * 409 with the reason, in the reader's language, and a way back to the plan.
 */
public class PlanRefusal extends RuntimeException {

    private final String messageKey;
    private final Long planId;
    private final transient Object[] args;

    public PlanRefusal(String messageKey, Long planId, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.planId = planId;
        this.args = args.clone();
    }

    /** The message key of the reason ({@code plan.refused.*}). */
    public String messageKey() {
        return messageKey;
    }

    /** The plan it is about, or null (starting a plan). */
    public Long planId() {
        return planId;
    }

    public Object[] args() {
        return args.clone();
    }
}
