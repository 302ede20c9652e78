package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A record that an employee earned a certification, valid up to and including {@code expiresOn}. */
public record EarnedCertificationView(long id, long employeeId, String employeeNumber, String employeeName,
                                      long certificationId, String certificationCode, LocalizedText certificationName,
                                      String issuer, LocalDate earnedOn, LocalDate expiresOn, String evidence) {

    private static final Pattern WEB_LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    public boolean validOn(LocalDate day) {
        return !earnedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    /** Whether the evidence is a web address, shown as a link. */
    public boolean evidenceIsLink() {
        return evidence != null && WEB_LINK.matcher(evidence).matches();
    }
}
