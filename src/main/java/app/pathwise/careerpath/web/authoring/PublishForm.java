package app.pathwise.careerpath.web.authoring;

import jakarta.validation.constraints.Size;

/** Publishing an approved version: the change note employees will read. */
public class PublishForm {

    @Size(max = 4000)
    private String changeNote;

    private Long version;


    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
