package app.pathwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The development plans the test profile seeds with the demo company. Other tests share the database,
 * so this looks only at the demo's own people (numbers E00001 to E00300).
 */
@IntegrationTest
class DemoPlansTests {

    private static final String DEMO_PEOPLE = "e.employee_number between 'E00001' and 'E00300'";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aboutOnePlanForEveryTwoPeopleAndNeverTwoOpenPlansForOnePerson() {
        long people = count("select count(*) from employee e where e.status <> 'INACTIVE' and " + DEMO_PEOPLE);
        long planned = count("select count(distinct p.employee_id) from development_plan p join employee e "
            + "on e.id = p.employee_id where " + DEMO_PEOPLE);
        assertThat(planned).isBetween(people * 2 / 5, people * 7 / 10);
        assertThat(count("""
            select count(*) from (select p.employee_id from development_plan p join employee e on e.id = p.employee_id
                                   where %s and p.status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACTIVE')
                                   group by p.employee_id having count(*) > 1) x
            """.formatted(DEMO_PEOPLE))).isZero();
        assertThat(jdbc.queryForList("""
            select distinct p.status from development_plan p join employee e on e.id = p.employee_id where %s
            """.formatted(DEMO_PEOPLE), String.class))
            .contains("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "ACTIVE", "COMPLETED");
    }

    @Test
    void plansReadRightActiveOnesFollowARhythmTheHistoryMatchesTheStatusAndActionsSpreadOverThePeriod() {
        assertThat(count("""
            select count(*) from development_plan p join employee e on e.id = p.employee_id
             where %s and p.status = 'ACTIVE' and (p.next_check_in_on is null or p.approved_at is null
                   or p.first_check_in_on is null or p.first_check_in_on > p.next_check_in_on)
            """.formatted(DEMO_PEOPLE))).isZero();
        // the plan journey closes the demo employee's plan behind the workflow's back: not them
        String seeded = DEMO_PEOPLE + " and e.work_email <> 'employee@example.com'";
        assertThat(count("""
            select count(*) from development_plan p join employee e on e.id = p.employee_id
             where %s and not exists (select 1 from plan_event v where v.plan_id = p.id and v.kind = 'CREATED')
                or %1$s and p.status <> 'DRAFT'
                   and not exists (select 1 from plan_event v where v.plan_id = p.id and v.kind = 'SUBMITTED')
                or %1$s and p.status in ('ACTIVE', 'COMPLETED')
                   and not exists (select 1 from plan_event v where v.plan_id = p.id and v.kind = 'APPROVED')
                or %1$s and p.status = 'CHANGES_REQUESTED'
                   and not exists (select 1 from plan_event v where v.plan_id = p.id and v.kind = 'CHANGES_REQUESTED'
                                   and v.comment is not null)
                or %1$s and p.status in ('COMPLETED', 'CLOSED')
                   and not exists (select 1 from plan_event v where v.plan_id = p.id and v.kind = p.status)
            """.formatted(seeded))).isZero();
        assertThat(count("""
            select count(*) from development_action a join development_plan p on p.id = a.plan_id
              join employee e on e.id = p.employee_id
             where %s and (a.due_on < p.starts_on - 1 or a.due_on > p.ends_on
                   or a.status = 'DONE' and a.evidence_text is null and a.evidence_url is null)
            """.formatted(DEMO_PEOPLE))).isZero();
        assertThat(count("""
            select count(*) from development_plan p join employee e on e.id = p.employee_id
             where %s and not exists (select 1 from development_action a where a.plan_id = p.id)
            """.formatted(DEMO_PEOPLE))).isZero();
    }

    @Test
    void theDemoEmployeeHasAnApprovedPlanTowardsTheNextLevelAndLastYearsCompletedPlanWithItsReview() {
        // The seeded plan follows last year's; the plan journey may have closed it since and started another.
        Map<String, Object> plan = jdbc.queryForMap("""
            select p.id, p.rhythm_frequency, p.previous_plan_id, p.approved_at from development_plan p
              join employee e on e.id = p.employee_id
             where e.work_email = 'employee@example.com' and p.previous_plan_id is not null
             order by p.id limit 1
            """);
        long id = ((Number) plan.get("id")).longValue();
        assertThat(plan.get("rhythm_frequency")).isEqualTo("MONTHLY");
        assertThat(plan.get("approved_at")).isNotNull();
        assertThat(count("""
            select count(*) from career_goal g join career_level l on l.id = g.target_level_id
              join career_path_version v on v.id = l.path_version_id and v.status = 'PUBLISHED'
             where g.plan_id = ? and g.horizon = 'SHORT'
            """, id)).isEqualTo(1);
        assertThat(count("select count(*) from plan_gap where plan_id = ? and current_level < required_level", id))
            .isBetween(1L, 3L);
        assertThat(count("select count(*) from development_action where plan_id = ?", id)).isBetween(5L, 6L);
        assertThat(count("select count(*) from development_action where plan_id = ? and gap_id is not null", id))
            .isPositive();
        assertThat(count("select count(*) from check_in where plan_id = ?", id)).isEqualTo(2);
        assertThat(count("select count(*) from plan_comment where plan_id = ?", id)).isBetween(1L, 2L);
        long previous = ((Number) plan.get("previous_plan_id")).longValue();
        assertThat(jdbc.queryForObject("select status from development_plan where id = ?", String.class, previous))
            .isEqualTo("COMPLETED");
        assertThat(count("select count(*) from career_review where plan_id = ?", previous)).isEqualTo(1);
    }

    @Test
    void theDemoManagerHasAPlanToApproveOneSentBackActivePlansAMissedCheckInAndActionsOfEveryKind() {
        List<Map<String, Object>> team = jdbc.queryForList("""
            select p.status, p.rhythm_frequency, p.next_check_in_on < current_date as missed
              from development_plan p join employee e on e.id = p.employee_id
              join employee m on m.id = e.manager_id
             where m.work_email = 'manager@example.com'
               and p.status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACTIVE')
            """);
        assertThat(team).filteredOn(p -> "SUBMITTED".equals(p.get("status"))).isNotEmpty();
        assertThat(team).filteredOn(p -> "CHANGES_REQUESTED".equals(p.get("status"))).isNotEmpty();
        assertThat(team).filteredOn(p -> "ACTIVE".equals(p.get("status")) && "MONTHLY".equals(p.get("rhythm_frequency")))
            .hasSizeGreaterThanOrEqualTo(2);
        assertThat(team).filteredOn(p -> Boolean.TRUE.equals(p.get("missed"))).isNotEmpty();
        assertThat(jdbc.queryForList("""
            select distinct a.kind from development_action a join development_plan p on p.id = a.plan_id
              join employee e on e.id = p.employee_id join employee m on m.id = e.manager_id
             where m.work_email = 'manager@example.com'
            """, String.class)).contains("COURSE", "MENTORING", "STRETCH_ASSIGNMENT", "JOB_ROTATION", "SELF_STUDY",
            "CERTIFICATION", "OTHER");
        assertThat(count("""
            select count(*) from development_action a join development_plan p on p.id = a.plan_id
              join employee e on e.id = p.employee_id join employee m on m.id = e.manager_id
             where m.work_email = 'manager@example.com' and p.status = 'ACTIVE'
               and a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < current_date
            """)).isPositive();
        assertThat(count("""
            select count(*) from development_plan p join employee e on e.id = p.employee_id
              join employee m on m.id = e.manager_id
             where m.work_email = 'manager@example.com' and p.status = 'COMPLETED'
            """)).isPositive();
    }

    @Test
    void hrHasThePlanOfTheChiefExecutiveWhoHasNoManagerToDecideOn() {
        assertThat(count("""
            select count(*) from development_plan p join employee e on e.id = p.employee_id
             where e.work_email = 'exec@example.com' and e.manager_id is null and p.status = 'SUBMITTED'
            """)).isEqualTo(1);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
