package app.pathwise.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Departments extends CrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    List<Department> findAllByOrderByNameAsc();
}
