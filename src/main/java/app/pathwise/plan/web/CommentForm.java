package app.pathwise.plan.web;

import jakarta.validation.constraints.Size;

/**
 * A workflow step with a comment and the plan's version: requesting changes (the comment is then
 * required, checked by the service), completing or closing.
 */
public class CommentForm {

    private Long version;

    @Size(max = 4000)
    private String comment;

    static CommentForm of(long version) {
        CommentForm form = new CommentForm();
        form.version = version;
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
