package app.pathwise.careerpath.authoring;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface JobFamilies extends CrudRepository<JobFamily, Long> {

    Optional<JobFamily> findByCode(String code);
}
