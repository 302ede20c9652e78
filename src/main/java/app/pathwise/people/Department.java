package app.pathwise.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit of the organisation; departments form a tree through their parent. */
@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String name;
    private Long parentId;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected Department() {
    }

    Department(String code, String name, Long parentId) {
        this.code = code.strip();
        rename(name, parentId);
    }

    void rename(String name, Long parentId) {
        this.name = name.strip();
        this.parentId = parentId;
        this.updatedAt = Instant.now();
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

    Long getParentId() {
        return parentId;
    }
}
