package app.pathwise.competency;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AssessmentServiceTests {

    @Autowired
    AssessmentService assessments;

    @Autowired
    ProficiencyQueries proficiencies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long manager;
    long employee;
    long outsider;
    long competency;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        manager = fixtures.employee("Rating Manager", null);
        employee = fixtures.employee("Rated Employee", manager);
        outsider = fixtures.employee("Rating Outsider", null);
        competency = jdbc.queryForObject("""
            insert into competency (code, group_id, name_en) values (?, (select id from competency_group
             where code = 'GENERAL'), ?) returning id
            """, Long.class, Fixtures.unique("C"), Fixtures.unique("Listening"));
    }

    @Test
    void aSelfRatingCountsUntilTheManagerRatesAndEveryRatingIsKept() {
        assertThat(assessments.rateSelf(user(employee), List.of(new RatingInput(competency, 3, "led two demos", null))))
            .isEmpty();
        Proficiency unconfirmed = proficiencies.current(employee).get(competency);
        assertThat(unconfirmed.level()).isEqualTo(3);
        assertThat(unconfirmed.confirmed()).isFalse();

        assertThat(assessments.rateAsManager(user(manager, Role.MANAGER), employee,
            List.of(new RatingInput(competency, 2, null, "needs more independence")))).isEmpty();
        Proficiency confirmed = proficiencies.current(employee).get(competency);
        assertThat(confirmed.level()).isEqualTo(2);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.managerDiffers()).isTrue();
        assertThat(confirmed.managerComment()).isEqualTo("needs more independence");

        assessments.rateSelf(user(employee), List.of(new RatingInput(competency, 4, null, null)));
        assertThat(proficiencies.current(employee).get(competency).level()).isEqualTo(2);
        assertThat(proficiencies.history(employee, competency)).extracting(RatingView::level).containsExactly(4, 2, 3);
        assertThat(proficiencies.currentLevels(List.of(employee), List.of(competency)).get(employee))
            .containsEntry(competency, 2);
    }

    @Test
    void onlyTheManagementLineRatesSomeone() {
        assertThatThrownBy(() -> assessments.rateAsManager(user(outsider, Role.MANAGER), employee,
            List.of(new RatingInput(competency, 2, null, null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.rateAsManager(user(outsider, Role.HR), employee,
            List.of(new RatingInput(competency, 2, null, null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.rateAsManager(user(employee, Role.MANAGER), employee,
            List.of(new RatingInput(competency, 2, null, null)))).isInstanceOf(NotFoundException.class);
        assertThat(proficiencies.history(employee, competency)).isEmpty();
    }

    @Test
    void aLevelOutsideTheScaleSavesNothing() {
        long other = jdbc.queryForObject("""
            insert into competency (code, group_id, name_en) values (?, (select id from competency_group
             where code = 'GENERAL'), ?) returning id
            """, Long.class, Fixtures.unique("C"), Fixtures.unique("Writing"));
        assertThat(assessments.rateSelf(user(employee), List.of(new RatingInput(competency, 3, null, null),
            new RatingInput(other, 6, null, null))))
            .containsEntry(other, "competency.rating.level-out-of-scale");
        assertThat(proficiencies.current(employee)).isEmpty();
    }
}
