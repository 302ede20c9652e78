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

    @Test
    void currentProficiencyFollowsTheNewestRatingWhateverOrderRatingsAreLoadedIn() {
        jdbc.update("""
            insert into competency_rating (employee_id, competency_id, level, rater_kind, rated_at)
            values (?, ?, 2, 'SELF', timestamptz '2026-03-01 10:00Z'), (?, ?, 4, 'SELF', timestamptz '2026-05-01 10:00Z'),
                   (?, ?, 1, 'SELF', timestamptz '2026-04-01 10:00Z')
            """, employee, competency, employee, competency, employee, competency);
        Proficiency self = proficiencies.current(employee).get(competency);
        assertThat(self.level()).isEqualTo(4);
        assertThat(self.confirmed()).isFalse();

        jdbc.update("""
            insert into competency_rating (employee_id, competency_id, level, rater_kind, rater_employee_id, comment,
                                           rated_at)
            values (?, ?, 3, 'MANAGER', ?, 'older', timestamptz '2026-02-01 10:00Z')
            """, employee, competency, manager);
        jdbc.update("""
            insert into competency_rating (employee_id, competency_id, level, rater_kind, rater_employee_id, comment,
                                           rated_at)
            values (?, ?, 5, 'MANAGER', ?, 'first', timestamptz '2026-06-01 10:00Z'),
                   (?, ?, 2, 'MANAGER', ?, 'same time, recorded later', timestamptz '2026-06-01 10:00Z')
            """, employee, competency, manager, employee, competency, manager);
        jdbc.update("""
            insert into competency_rating (employee_id, competency_id, level, rater_kind, rated_at)
            values (?, ?, 1, 'SELF', timestamptz '2026-01-01 10:00Z'),
                   (?, ?, 1, 'MANAGER', timestamptz '2026-01-01 10:00Z')
            """, employee, competency, employee, competency);
        Proficiency confirmed = proficiencies.current(employee).get(competency);
        assertThat(confirmed.level()).isEqualTo(2);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.managerComment()).isEqualTo("same time, recorded later");
        assertThat(confirmed.selfLevel()).isEqualTo(4);
    }

    /** Every rating written so far, the demo organisation's bulk load included, agrees with its history. */
    @Test
    void currentProficiencyAgreesWithTheRatingHistory() {
        assessments.rateSelf(user(employee), List.of(new RatingInput(competency, 3, null, null)));
        Integer disagreements = jdbc.queryForObject("""
            with latest as (
                select distinct on (employee_id, competency_id, rater_kind) employee_id, competency_id, rater_kind, id,
                       level, rated_at
                  from competency_rating
                 order by employee_id, competency_id, rater_kind, rated_at desc, id desc
            ),
            expected as (
                select employee_id, competency_id,
                       max(id) filter (where rater_kind = 'MANAGER') as manager_rating_id,
                       max(level) filter (where rater_kind = 'MANAGER') as manager_level,
                       max(id) filter (where rater_kind = 'SELF') as self_rating_id,
                       max(level) filter (where rater_kind = 'SELF') as self_level
                  from latest group by employee_id, competency_id
            )
            select count(*) from expected e full join current_proficiency cp using (employee_id, competency_id)
             where (e.manager_rating_id, e.manager_level, e.self_rating_id, e.self_level)
                   is distinct from (cp.manager_rating_id, cp.manager_level, cp.self_rating_id, cp.self_level)
                or cp.level is distinct from coalesce(e.manager_level, e.self_level)
            """, Integer.class);
        assertThat(disagreements).isZero();
        assertThat(jdbc.queryForObject("select count(*) from current_proficiency", Integer.class)).isPositive();
    }
}
