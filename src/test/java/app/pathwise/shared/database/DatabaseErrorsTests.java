package app.pathwise.shared.database;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An error from the database names what failed but not the values concerned: the exception, and so the
 * log, carries no one's data (the driver's {@code logServerErrorDetail} is off).
 */
@IntegrationTest
class DatabaseErrorsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedRowLeavesItsValuesOutOfTheError() {
        String code = Fixtures.unique("PRIVATE");
        jdbc.update("insert into department (code, name) values (?, ?)", code, "First " + code);
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> jdbc.update("insert into department (code, name) values (?, ?)", code, "Second " + code))
            .satisfies(refused -> org.assertj.core.api.Assertions.assertThat(everyMessage(refused))
                .contains("department").doesNotContain(code));
    }

    private static String everyMessage(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        return messages.toString();
    }
}
