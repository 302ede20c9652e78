package app.pathwise.competency;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Certifications extends CrudRepository<Certification, Long> {

    Optional<Certification> findByCodeIgnoreCase(String code);
}
