package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** What a person does at one level of a competency, in three languages (a row of competency_indicator). */
@Embeddable
class Behaviours {

    private String behavioursEn;
    private String behavioursVi;
    private String behavioursZh;

    protected Behaviours() {
    }

    Behaviours(LocalizedText text) {
        this.behavioursEn = text.en();
        this.behavioursVi = text.vi();
        this.behavioursZh = text.zh();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Behaviours that && Objects.equals(behavioursEn, that.behavioursEn)
            && Objects.equals(behavioursVi, that.behavioursVi) && Objects.equals(behavioursZh, that.behavioursZh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(behavioursEn, behavioursVi, behavioursZh);
    }
}
