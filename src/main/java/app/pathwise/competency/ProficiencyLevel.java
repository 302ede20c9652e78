package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One level of the proficiency scale (1..N): its label and what it means, in three languages. */
@Entity
@Table(name = "proficiency_level")
class ProficiencyLevel {

    @Id
    private Integer level;

    @Version
    private Long version;

    private String labelEn;
    private String labelVi;
    private String labelZh;
    private String descriptionEn;
    private String descriptionVi;
    private String descriptionZh;

    protected ProficiencyLevel() {
    }

    ProficiencyLevel(int level, LocalizedText label, LocalizedText description) {
        this.level = level;
        describe(label, description);
    }

    void describe(LocalizedText label, LocalizedText description) {
        this.labelEn = label.en();
        this.labelVi = label.vi();
        this.labelZh = label.zh();
        this.descriptionEn = description.en();
        this.descriptionVi = description.vi();
        this.descriptionZh = description.zh();
    }

    int getLevel() {
        return level;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    LocalizedText label() {
        return new LocalizedText(labelEn, labelVi, labelZh);
    }
}
