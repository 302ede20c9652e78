package app.pathwise.people;

import org.springframework.data.repository.CrudRepository;

interface JobHistory extends CrudRepository<JobHistoryEntry, Long> {
}
