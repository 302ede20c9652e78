package app.pathwise.objective.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface Objectives extends JpaRepository<Objective, Long> {
}
