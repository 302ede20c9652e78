package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import java.time.LocalDate;

/** A certification an employee holds on a given day; {@code expiresOn} is null when it never expires. */
public record HeldCertification(long certificationId, String code, LocalizedText name, LocalDate earnedOn,
                                LocalDate expiresOn) {
}
