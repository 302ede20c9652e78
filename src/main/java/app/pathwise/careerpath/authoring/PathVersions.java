package app.pathwise.careerpath.authoring;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathVersions extends JpaRepository<PathVersion, Long> {

    Optional<PathVersion> findByPathIdAndStatus(long pathId, VersionStatus status);

    Optional<PathVersion> findFirstByPathIdAndStatusIn(long pathId, Collection<VersionStatus> statuses);

    @Query("select coalesce(max(v.number), 0) from PathVersion v where v.pathId = ?1")
    int lastNumber(long pathId);
}
