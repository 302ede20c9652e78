package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;

/** A certification of the catalogue. {@code validityMonths} is null when it never expires. */
public record CertificationView(long id, String code, LocalizedText name, String issuer, Integer validityMonths,
                                long version) {

    /** The name in the reader's language (for select lists). */
    public String label() {
        return name.current();
    }
}
