package app.pathwise.plan.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment on a plan, optionally about one check-in. {@code from} says where the form was, so the
 * writer returns there: {@code plan} (the plan page's summary), else the comments page or the check-in.
 */
public class CommentForm {

    @NotBlank
    @Size(max = RecordCheckInForm.MAX_TEXT)
    private String body;

    private Long checkInId;

    private String from;

    static CommentForm about(Long checkInId) {
        CommentForm form = new CommentForm();
        form.checkInId = checkInId;
        return form;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getCheckInId() {
        return checkInId;
    }

    public void setCheckInId(Long checkInId) {
        this.checkInId = checkInId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
