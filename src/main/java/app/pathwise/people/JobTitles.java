package app.pathwise.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface JobTitles extends CrudRepository<JobTitle, Long> {

    Optional<JobTitle> findByCode(String code);

    List<JobTitle> findAllByOrderByNameAsc();
}
