package app.pathwise.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A job title of the organisation; career levels are tied to job titles later. */
@Entity
@Table(name = "job_title")
class JobTitle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String name;
    private Instant createdAt = Instant.now();

    protected JobTitle() {
    }

    JobTitle(String code, String name) {
        this.code = code.strip();
        this.name = name.strip();
    }

    void rename(String name) {
        this.name = name.strip();
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

    String getName() {
        return name;
    }
}
