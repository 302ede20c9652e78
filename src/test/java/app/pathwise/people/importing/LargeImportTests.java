package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 50,000 employees in one file, managers defined after their reports, must be checked and applied
 * well within a minute. It adds 50,000 people to the test database, so it runs only on request:
 * {@code ./mvnw test -Dtest=LargeImportTests -Dpathwise.test.large-import=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "pathwise.test.large-import", matches = "true")
class LargeImportTests {

    private static final int PEOPLE = 50_000;

    @Autowired
    PeopleImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyThousandEmployeesAreCheckedAndAppliedWithinAMinute() {
        String p = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update("insert into department (code, name) values (?, ?)", p + "-D", "Large " + p);
        StringBuilder csv = new StringBuilder("employee_number,full_name,work_email,department_code,job_title_code,"
            + "job_title_name,manager_number,hire_date,preferred_language,birth_year,location\n");
        for (int i = PEOPLE; i >= 1; i--) {
            String manager = i == 1 ? "" : p + "-" + (i / 10 == 0 ? 1 : i / 10);
            csv.append(p).append('-').append(i).append(",Nguyễn Văn ").append(i).append(",person").append(i)
                .append('.').append(p).append("@large.example,").append(p).append("-D,").append(p)
                .append("-T").append(i % 20).append(",Title ").append(i % 20).append(',').append(manager)
                .append(",2020-01-01,vi,1980,Hà Nội\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(content.length).isLessThan(PeopleImport.MAX_MEGABYTES * 1024 * 1024);

        long start = System.nanoTime();
        ImportPreview preview = imports.preview(ImportKind.EMPLOYEES, "large.csv", content);
        Duration checking = Duration.ofNanos(System.nanoTime() - start);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.counts().created()).isEqualTo(PEOPLE);

        start = System.nanoTime();
        ImportOutcome outcome = imports.apply(preview, null, null);
        Duration applying = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("Large import: checking %d ms, applying %d ms, preview kept in session %d bytes%n",
            checking.toMillis(), applying.toMillis(), preview.content().length);
        assertThat(outcome).isInstanceOf(ImportOutcome.Applied.class);
        assertThat(checking.plus(applying)).isLessThan(Duration.ofSeconds(60));
        assertThat(jdbc.queryForObject("select count(*) from employee where employee_number like ? and manager_id is not null",
            Integer.class, p + "-%")).isEqualTo(PEOPLE - 1);

        start = System.nanoTime();
        ImportPreview again = imports.preview(ImportKind.EMPLOYEES, "large.csv", content);
        System.out.printf("Large import: checking the same file again %d ms%n",
            Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(again.counts().unchanged()).isEqualTo(PEOPLE);
    }
}
