package app.pathwise.plan.followup.web;

import app.pathwise.plan.followup.CheckInView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The manager's feedback on a check-in, with the version of the check-in the form showed. */
public class FeedbackForm {

    @NotNull
    private Long version;

    @NotBlank
    @Size(max = RecordCheckInForm.MAX_TEXT)
    private String managerFeedback;

    static FeedbackForm of(CheckInView checkIn) {
        FeedbackForm form = new FeedbackForm();
        form.version = checkIn.version();
        form.managerFeedback = checkIn.managerFeedback();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getManagerFeedback() {
        return managerFeedback;
    }

    public void setManagerFeedback(String managerFeedback) {
        this.managerFeedback = managerFeedback;
    }
}
