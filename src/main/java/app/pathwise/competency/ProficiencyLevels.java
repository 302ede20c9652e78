package app.pathwise.competency;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface ProficiencyLevels extends CrudRepository<ProficiencyLevel, Integer> {

    @Query("select max(p.level) from ProficiencyLevel p")
    Optional<Integer> topLevel();
}
