package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A competency of the framework: its group, name and description, and for every level of the scale
 * the behaviours that show it. Competencies are deactivated, never deleted: levels and ratings keep
 * pointing at them.
 */
@Entity
@Table(name = "competency")
class Competency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private Long groupId;
    private String nameEn;
    private String nameVi;
    private String nameZh;
    private String descriptionEn;
    private String descriptionVi;
    private String descriptionZh;
    private boolean active = true;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "competency_indicator", joinColumns = @JoinColumn(name = "competency_id"))
    @MapKeyColumn(name = "level")
    private Map<Integer, Behaviours> indicators = new HashMap<>();

    protected Competency() {
    }

    Competency(CompetencyDraft draft, Instant now) {
        this.createdAt = now;
        describe(draft, now);
    }

    /** Takes the draft's texts and behaviours; levels the draft leaves out keep what they had. */
    void describe(CompetencyDraft draft, Instant now) {
        this.code = draft.code().strip();
        this.groupId = draft.groupId();
        this.nameEn = draft.name().en();
        this.nameVi = draft.name().vi();
        this.nameZh = draft.name().zh();
        this.descriptionEn = draft.description().en();
        this.descriptionVi = draft.description().vi();
        this.descriptionZh = draft.description().zh();
        draft.behaviours().forEach((level, text) -> indicators.put(level, new Behaviours(text)));
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
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

    String getNameEn() {
        return nameEn;
    }

    boolean isActive() {
        return active;
    }
}
