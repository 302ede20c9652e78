package app.pathwise.careerpath.web.authoring;

import jakarta.validation.constraints.Size;

/** An executive's decision on a submitted version: the comment (required to send it back). */
public class DecisionForm {

    @Size(max = 4000)
    private String comment;

    private Long version;


    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
