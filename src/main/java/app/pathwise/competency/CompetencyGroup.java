package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/** A group of competencies (general, professional, leadership, ...), shown in its position. */
@Entity
@Table(name = "competency_group")
class CompetencyGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String nameEn;
    private String nameVi;
    private String nameZh;

    /** Reordering the groups must not turn someone's open rename into a conflict. */
    @OptimisticLock(excluded = true)
    private int position;

    protected CompetencyGroup() {
    }

    CompetencyGroup(String code, LocalizedText name, int position) {
        this.position = position;
        rename(code, name);
    }

    void rename(String code, LocalizedText name) {
        this.code = code.strip();
        this.nameEn = name.en();
        this.nameVi = name.vi();
        this.nameZh = name.zh();
    }

    void moveTo(int position) {
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

    int getPosition() {
        return position;
    }
}
