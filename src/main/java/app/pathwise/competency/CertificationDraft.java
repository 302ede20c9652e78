package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;

/**
 * What HR writes for a certification of the catalogue.
 *
 * @param validityMonths how long it stays valid after it is earned, or null when it never expires
 */
public record CertificationDraft(String code, LocalizedText name, String issuer, Integer validityMonths) {

    public CertificationDraft {
        code = code == null ? "" : code.strip();
        name = name == null ? LocalizedText.EMPTY : name;
        issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
    }
}
