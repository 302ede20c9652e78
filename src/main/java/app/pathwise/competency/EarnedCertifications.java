package app.pathwise.competency;

import org.springframework.data.repository.CrudRepository;

interface EarnedCertifications extends CrudRepository<EarnedCertification, Long> {
}
