package app.pathwise.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who is on a page of the directory ({@link DirectorySearch#find}, the database's {@code directory_search}):
 * a search's pages run on from the people whose name starts with the text to those who only contain it,
 * counted once, with the filters applied to both.
 */
@IntegrationTest
class DirectoryPagingTests {

    @Autowired
    DirectorySearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    String token;
    long department;
    long startsB;
    long startsA;
    long startsC;
    long containsY;
    long containsX;
    long containsZ;
    long left;

    @BeforeEach
    void people() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        token = Fixtures.unique("omega").toLowerCase();
        department = fixtures.department("Paging " + token);
        startsB = fixtures.employee(token + " Bao", null, department);
        containsY = fixtures.employee("Yen " + token, null, department);
        startsA = fixtures.employee(token + " An", null, department);
        containsX = fixtures.employee("Xuan " + token, null, department);
        startsC = fixtures.employee(token + " Cuong", null, department);
        containsZ = fixtures.employee("Zhou " + token, null, department);
        left = fixtures.employee(token + " Aaa Left", null, department);
        jdbc.update("update employee set status = 'INACTIVE', end_date = date '2025-01-31' where id = ?", left);
        fixtures.employee(token + " Elsewhere", null, fixtures.department("Other " + token));
    }

    @Test
    void aSearchsPagesRunOnFromThoseWhoseNameStartsWithTheTextToThoseWhoContainIt() {
        DirectoryFilter filter = new DirectoryFilter(token, department, null, false);
        assertThat(page(filter, 0)).containsExactly(startsA, startsB);
        assertThat(page(filter, 1)).containsExactly(startsC, containsX);
        assertThat(page(filter, 2)).containsExactly(containsY, containsZ);
        assertThat(page(filter, 3)).isEmpty();
        for (int page = 0; page < 4; page++) {
            DirectoryPage found = search.find(filter, page, 2);
            assertThat(found.page().total()).isEqualTo(6);
            assertThat(found.capped()).isFalse();
        }
        assertThat(search.find(new DirectoryFilter(token, null, null, false), 0, 2).page().total()).isEqualTo(7);
    }

    @Test
    void theFiltersApplyToBothGroups() {
        assertThat(page(new DirectoryFilter(token, department, null, true), 0)).containsExactly(left, startsA);
        assertThat(search.find(new DirectoryFilter(token, department, null, true), 0, 2).page().total()).isEqualTo(7);
        assertThat(page(new DirectoryFilter(token, department, EmploymentStatus.INACTIVE, false), 0))
            .containsExactly(left);
        assertThat(page(new DirectoryFilter("yen " + token, department, null, false), 0)).containsExactly(containsY);
        assertThat(page(new DirectoryFilter("no one " + token, department, null, false), 0)).isEmpty();
    }

    @Test
    void browsingListsByNameWithTheRowsOfThoseOnThePage() {
        DirectoryFilter filter = new DirectoryFilter(null, department, null, false);
        DirectoryPage found = search.find(filter, 0, 10);
        assertThat(found.page().rows()).containsExactlyElementsOf(jdbc.queryForList(
            "select id from employee where department_id = ? and status <> 'INACTIVE' order by full_name, id", Long.class,
            department));
        assertThat(found.page().rows()).containsExactlyInAnyOrder(startsA, startsB, startsC, containsX, containsY,
            containsZ);
        assertThat(found.generation()).isEqualTo(jdbc.queryForObject(
            "select generation from content_generation where name = 'people'", Long.class));
        assertThat(search.rows(found.page().rows()).get(containsX).fullName()).isEqualTo("Xuan " + token);
        assertThat(search.rows(List.of())).isEmpty();
    }

    private List<Long> page(DirectoryFilter filter, int page) {
        return search.find(filter, page, 2).page().rows();
    }
}
