package app.pathwise.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface Employees extends CrudRepository<Employee, Long> {

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    @Query("select e from Employee e where lower(e.workEmail) = lower(?1)")
    Optional<Employee> findByWorkEmail(String workEmail);
}
