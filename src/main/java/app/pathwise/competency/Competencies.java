package app.pathwise.competency;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Competencies extends CrudRepository<Competency, Long> {

    Optional<Competency> findByCodeIgnoreCase(String code);

    Optional<Competency> findByNameEnIgnoreCase(String nameEn);
}
