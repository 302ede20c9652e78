package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A job family: a group of related career paths, such as engineering or finance. */
@Entity
@Table(name = "job_family")
class JobFamily {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String nameEn;
    private String nameVi;
    private String nameZh;
    private String descriptionEn;
    private String descriptionVi;
    private String descriptionZh;
    private int position;

    protected JobFamily() {
    }

    JobFamily(String code, LocalizedText name, LocalizedText description, int position) {
        this.code = code.strip();
        describe(name, description, position);
    }

    void recode(String code) {
        this.code = code.strip();
    }

    void describe(LocalizedText name, LocalizedText description, int position) {
        this.nameEn = name.en();
        this.nameVi = name.vi();
        this.nameZh = name.zh();
        this.descriptionEn = description.en();
        this.descriptionVi = description.vi();
        this.descriptionZh = description.zh();
        this.position = position;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }

    LocalizedText name() {
        return new LocalizedText(nameEn, nameVi, nameZh);
    }

    LocalizedText description() {
        return new LocalizedText(descriptionEn, descriptionVi, descriptionZh);
    }

    int getPosition() {
        return position;
    }
}
