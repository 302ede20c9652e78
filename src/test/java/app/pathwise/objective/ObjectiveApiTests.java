package app.pathwise.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The module's public API as the plan module uses it: an employee's objectives on a day with progress
 * and behind-pace flags, the count of key results behind pace, and recording a key-result value during
 * a check-in. Also pins down the progress rule for every kind of key result.
 */
@IntegrationTest
class ObjectiveApiTests {

    static final Period Q1 = new Period(PeriodKind.QUARTER, 2035, 1);
    /** Day 45 of the 90 days of Q1 2035: the expected pace is 50 %. */
    static final LocalDate MID_QUARTER = LocalDate.of(2035, 2, 14);

    @Autowired
    ObjectiveQueries queries;

    @Autowired
    ObjectiveService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    ObjectiveFixtures objectives;
    long employee;
    long other;
    long objective;
    long closed;
    long year;
    long rising;
    long falling;
    long percentage;
    long yesNo;
    long milestones;
    long closedKeyResult;
    long othersKeyResult;
    long departmentKeyResult;

    @BeforeEach
    void objectives() {
        Fixtures people = new Fixtures(jdbc, encoder);
        objectives = new ObjectiveFixtures(jdbc);
        long department = people.department("Api " + Fixtures.unique("d"));
        employee = people.employee("Api Employee", null, department);
        other = people.employee("Api Other", null, department);
        objective = objectives.personal(employee, "Quarter goal", Q1, null);
        rising = objectives.number(objective, "Rising", 0, 100, 40);
        falling = objectives.number(objective, "Falling", 40, 10, 25);
        objectives.number(objective, "Overshot", 0, 10, 15);
        objectives.number(objective, "Below start", 10, 20, 5);
        percentage = objectives.keyResult(objective, "Share", "PERCENTAGE", 20, 80, 50);
        yesNo = objectives.keyResult(objective, "Done", "BOOLEAN", 0, 1, 1);
        milestones = objectives.milestones(objective, "Launch", 2, "Design", "Beta", "Launch");
        closed = objectives.personal(employee, "Closed goal", Q1, null);
        closedKeyResult = objectives.number(closed, "Never started", 0, 10, 0);
        objectives.close(closed);
        year = objectives.personal(employee, "Year goal", new Period(PeriodKind.YEAR, 2035, 1), null);
        objectives.personal(employee, "Next quarter", new Period(PeriodKind.QUARTER, 2035, 2), null);
        long othersObjective = objectives.personal(other, "Not mine", Q1, null);
        othersKeyResult = objectives.number(othersObjective, "Theirs", 0, 10, 1);
        long departmentObjective = objectives.department(department, "Department goal", Q1, null);
        departmentKeyResult = objectives.number(departmentObjective, "Shared", 0, 10, 1);
    }

    @Test
    void progressIsTheShareOfTheWayFromStartToTargetClampedAndAnObjectivesIsTheMean() {
        ObjectiveView view = byTitle(queries.forEmployee(employee, MID_QUARTER)).get("Quarter goal");
        Map<String, Integer> progress = view.keyResults().stream()
            .collect(Collectors.toMap(KeyResultView::title, KeyResultView::progress));
        assertThat(progress).containsExactlyInAnyOrderEntriesOf(Map.of("Rising", 40, "Falling", 50, "Overshot", 100,
            "Below start", 0, "Share", 50, "Done", 100, "Launch", 67));
        // (40 + 50 + 100 + 0 + 50 + 100 + 66.7) / 7
        assertThat(view.progress()).isEqualTo(58);
        assertThat(view.keyResults()).extracting(KeyResultView::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        KeyResultView launch = view.keyResults().get(6);
        assertThat(launch.milestones()).containsExactly("Design", "Beta", "Launch");
        assertThat(launch.milestonesReached()).isEqualTo(2);
        assertThat(byTitle(queries.forEmployee(employee, MID_QUARTER)).get("Year goal").progress()).isNull();
    }

    @Test
    void keyResultsMoreThanFifteenPointsBelowTheExpectedPaceAreBehind() {
        ObjectiveView midQuarter = byTitle(queries.forEmployee(employee, MID_QUARTER)).get("Quarter goal");
        assertThat(midQuarter.expectedPace()).isEqualTo(50);
        assertThat(midQuarter.keyResults()).filteredOn(KeyResultView::behind).extracting(KeyResultView::title)
            .containsExactly("Below start");
        assertThat(midQuarter.behind()).isFalse();
        assertThat(queries.behindPaceCount(employee, MID_QUARTER)).isEqualTo(1);

        LocalDate lastDay = Q1.endsOn();
        ObjectiveView end = byTitle(queries.forEmployee(employee, lastDay)).get("Quarter goal");
        assertThat(end.expectedPace()).isEqualTo(100);
        assertThat(end.keyResults()).filteredOn(KeyResultView::behind).extracting(KeyResultView::title)
            .containsExactly("Rising", "Falling", "Below start", "Share", "Launch");
        assertThat(end.behind()).isTrue();
        assertThat(queries.behindPaceCount(employee, lastDay)).isEqualTo(5);
        // the closed objective's key result at 0 % is never behind
        assertThat(byTitle(queries.forEmployee(employee, lastDay)).get("Closed goal").keyResults())
            .noneMatch(KeyResultView::behind);
        assertThat(queries.behindPaceCount(employee, LocalDate.of(2035, 1, 1))).isZero();
        assertThat(queries.behindPaceCount(other, lastDay)).isEqualTo(1);
    }

    @Test
    void anEmployeesObjectivesOnADayAreThoseWhosePeriodIncludesItInTwoStatements() {
        StatementCounter.reset();
        List<ObjectiveView> views = queries.forEmployee(employee, MID_QUARTER);
        assertThat(StatementCounter.current()).isEqualTo(2);
        assertThat(views).extracting(ObjectiveView::title).containsExactly("Year goal", "Quarter goal", "Closed goal");
        assertThat(views).allMatch(v -> v.ownerId() == employee && v.scope() == ObjectiveScope.PERSONAL);
        assertThat(queries.forEmployee(employee, LocalDate.of(2034, 12, 31))).isEmpty();
        assertThat(queries.forEmployee(employee, LocalDate.of(2035, 4, 1))).extracting(ObjectiveView::title)
            .containsExactly("Year goal", "Next quarter");
    }

    @Test
    void aCheckInRecordsAKeyResultValueWithItsNoteAndCheckInAndWhoRecordedIt() {
        // the manager records it during the check-in, on the employee's objective
        KeyResultUpdated updated = service.recordKeyResultUpdate(rising, employee, new BigDecimal("55"),
            "  Two new customers  ", other, 777L);
        assertThat(updated.previousValue()).isEqualByComparingTo("40");
        assertThat(updated.value()).isEqualByComparingTo("55");
        assertThat(updated.progress()).isEqualTo(55);
        assertThat(updated.objectiveId()).isEqualTo(objective);
        assertThat(objectives.current(rising)).isEqualByComparingTo("55");
        Map<String, Object> row = jdbc.queryForMap("select * from key_result_update where id = ?", updated.updateId());
        assertThat(row).containsEntry("check_in_id", 777L).containsEntry("recorded_by", other)
            .containsEntry("note", "Two new customers");
        assertThat((BigDecimal) row.get("previous_value")).isEqualByComparingTo("40");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'key-result.value-recorded'"
            + " and entity_type = 'key_result' and entity_id = ?", Integer.class, rising)).isEqualTo(1);
        assertThat(service.recordKeyResultUpdate(milestones, employee, new BigDecimal("3"), null, employee, null).progress())
            .isEqualTo(100);
        assertThat(service.recordKeyResultUpdate(falling, employee, new BigDecimal("10"), null, employee, null).progress())
            .isEqualTo(100);

        StatementCounter.reset();
        List<KeyResultUpdateView> inCheckIn = queries.updatesOfCheckIn(777L);
        assertThat(StatementCounter.current()).isEqualTo(1);
        assertThat(inCheckIn).singleElement().satisfies(u -> {
            assertThat(u.keyResultTitle()).isEqualTo("Rising");
            assertThat(u.objectiveTitle()).isEqualTo("Quarter goal");
            assertThat(u.previousValue()).isEqualByComparingTo("40");
            assertThat(u.value()).isEqualByComparingTo("55");
            assertThat(u.note()).isEqualTo("Two new customers");
        });
        assertThat(queries.updatesOfCheckIn(778L)).isEmpty();
    }

    @Test
    void onlyTheOwnersOwnPersonalKeyResultsCanBeUpdated() {
        for (long keyResult : new long[] {othersKeyResult, departmentKeyResult, 999_999_999L}) {
            assertThatThrownBy(() -> service.recordKeyResultUpdate(keyResult, employee, BigDecimal.ONE, null, employee, null))
                .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> service.recordKeyResultUpdate(rising, other, BigDecimal.ONE, null, other, null))
            .isInstanceOf(NotFoundException.class);
        assertThat(objectives.current(othersKeyResult)).isEqualByComparingTo("1");
        assertThat(objectives.current(rising)).isEqualByComparingTo("40");
    }

    @Test
    void valuesThatDoNotSuitTheKindAreRejectedAndNothingIsSaved() {
        expectRejected(percentage, "120", null, "objective.value.percentage-range");
        expectRejected(yesNo, "0.5", null, "objective.value.boolean");
        expectRejected(milestones, "4", null, "objective.value.milestone-range");
        expectRejected(rising, "1.234", null, "objective.value.decimals");
        expectRejected(rising, "5", "x".repeat(2001), "objective.update.note-too-long");
        expectRejected(closedKeyResult, "5", null, "objective.update.closed");
        assertThat(objectives.current(percentage)).isEqualByComparingTo("50");
        assertThat(objectives.current(rising)).isEqualByComparingTo("40");
        assertThat(jdbc.queryForObject("select count(*) from key_result_update where key_result_id in (?, ?, ?, ?, ?)",
            Integer.class, percentage, yesNo, milestones, rising, closedKeyResult)).isZero();
        KeyResultView view = byTitle(queries.forEmployee(employee, MID_QUARTER)).get("Quarter goal").keyResults().get(4);
        assertThat(view.problemWith(new BigDecimal("101"))).isEqualTo("objective.value.percentage-range");
        assertThat(view.problemWith(new BigDecimal("99.5"))).isNull();
    }

    private void expectRejected(long keyResult, String value, String note, String key) {
        assertThatThrownBy(() -> service.recordKeyResultUpdate(keyResult, employee, new BigDecimal(value), note, employee, 1L))
            .isInstanceOfSatisfying(KeyResultUpdateRejected.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static Map<String, ObjectiveView> byTitle(List<ObjectiveView> views) {
        return views.stream().collect(Collectors.toMap(ObjectiveView::title, v -> v));
    }
}
