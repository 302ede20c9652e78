package app.pathwise.competency;

/** A certification on the catalogue page, with the number of people holding it today. */
public record CertificationRow(CertificationView certification, long holders) {
}
