package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;
import java.time.LocalDate;

/** A required certification: met when the person holds it and it is still valid. */
public record GapCertification(long certificationId, LocalizedText name, String issuer, boolean held,
                               LocalDate validUntil) {

    public boolean met() {
        return held;
    }
}
