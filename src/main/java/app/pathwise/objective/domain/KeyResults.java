package app.pathwise.objective.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyResults extends JpaRepository<KeyResult, Long> {

    long countByObjectiveId(long objectiveId);
}
