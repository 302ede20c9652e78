package app.pathwise.competency;

import org.springframework.data.repository.CrudRepository;

interface CompetencyRatings extends CrudRepository<CompetencyRating, Long> {
}
