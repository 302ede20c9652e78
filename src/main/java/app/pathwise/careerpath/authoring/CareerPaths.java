package app.pathwise.careerpath.authoring;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface CareerPaths extends CrudRepository<CareerPath, Long> {

    Optional<CareerPath> findByCode(String code);

    @Query("select coalesce(max(p.position), 0) from CareerPath p where p.jobFamilyId = ?1")
    int lastPosition(long jobFamilyId);
}
