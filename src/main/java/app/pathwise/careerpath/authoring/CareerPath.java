package app.pathwise.careerpath.authoring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A career path (a track) in a job family. What it says (name, levels, requirements) lives in its
 * versions; the path itself only has its code, family, track and place in the family.
 */
@Entity
@Table(name = "career_path")
class CareerPath {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long jobFamilyId;
    private String code;

    @Enumerated(EnumType.STRING)
    private PathTrack track;

    private int position;
    private Instant createdAt;

    protected CareerPath() {
    }

    CareerPath(long jobFamilyId, String code, PathTrack track, int position, Instant now) {
        this.jobFamilyId = jobFamilyId;
        this.code = code.strip();
        this.track = track;
        this.position = position;
        this.createdAt = now;
    }

    void place(long jobFamilyId, PathTrack track) {
        this.jobFamilyId = jobFamilyId;
        this.track = track;
    }

    Long getId() {
        return id;
    }

    long getJobFamilyId() {
        return jobFamilyId;
    }

    String getCode() {
        return code;
    }

    PathTrack getTrack() {
        return track;
    }
}
