package app.pathwise.plan;

import java.time.LocalDate;

/**
 * The manager's approval with the follow-up rhythm agreed: how often and how they check in, the
 * first check-in date (later ones follow from the frequency), how often the employee reports
 * progress, and an optional comment.
 */
public record ApproveCommand(CheckInFrequency frequency, CheckInMode mode, LocalDate firstCheckInOn,
                             ReportFrequency reportFrequency, String comment) {

    public ApproveCommand {
        comment = Texts.clean(comment);
    }
}
