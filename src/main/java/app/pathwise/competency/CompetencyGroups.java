package app.pathwise.competency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface CompetencyGroups extends CrudRepository<CompetencyGroup, Long> {

    Optional<CompetencyGroup> findByCodeIgnoreCase(String code);

    Optional<CompetencyGroup> findByNameEnIgnoreCase(String nameEn);

    List<CompetencyGroup> findAllByOrderByPositionAscIdAsc();

    @Query("select coalesce(max(g.position), 0) from CompetencyGroup g")
    int lastPosition();
}
