package app.pathwise.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(?1)")
    Optional<Account> findByEmail(String email);

    Optional<Account> findByEmployeeId(Long employeeId);
}
