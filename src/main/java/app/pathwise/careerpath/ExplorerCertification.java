package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;
import java.time.LocalDate;

/**
 * A certification a level requires; {@code held} when the person asked about holds it and it is still
 * valid ({@code validUntil} null: it does not expire).
 */
public record ExplorerCertification(long certificationId, String code, LocalizedText name, String issuer,
                                    Integer validityMonths, boolean held, LocalDate validUntil) {
}
