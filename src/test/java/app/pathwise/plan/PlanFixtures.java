package app.pathwise.plan;

import app.pathwise.careerpath.CareerPathFixtures;
import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A small organisation and career-path world for plan tests, and plans in each workflow state made
 * through {@link PlanService} as the people themselves would make them.
 *
 * <p>The line: {@code director} manages {@code manager}, who manages {@code employee} (placed on
 * level E2 of the world's specialist path, so E3 is next). {@code otherManager} manages
 * {@code otherEmployee}, outside that line. {@code hr} is an employee with the HR role outside the
 * line; {@code executive} is an employee with the executive role outside it.
 */
final class PlanFixtures {

    static final LocalDate TODAY = LocalDate.now();

    final JdbcTemplate jdbc;
    final PlanService plans;
    final World world;
    final long director;
    final long manager;
    final long employee;
    final long otherManager;
    final long otherEmployee;
    final long hr;
    final long executive;

    PlanFixtures(JdbcTemplate jdbc, PasswordEncoder encoder, PlanService plans) {
        this.jdbc = jdbc;
        this.plans = plans;
        CareerPathFixtures paths = new CareerPathFixtures(jdbc);
        this.world = paths.world();
        Fixtures people = new Fixtures(jdbc, encoder);
        String t = world.tag();
        long department = people.department("Plans " + t);
        director = people.employee("Plan Director " + t, null, department);
        manager = people.employee("Plan Manager " + t, director, department);
        employee = people.employee("Plan Employee " + t, manager, department);
        otherManager = people.employee("Plan Other Manager " + t, null, department);
        otherEmployee = people.employee("Plan Other Employee " + t, otherManager, department);
        hr = people.employee("Plan HR " + t, null, department);
        executive = people.employee("Plan Executive " + t, null, department);
        paths.giveJobTitle(employee, world.titles()[1]);
        paths.rate(employee, world.coding(), 2, "MANAGER", manager);
    }

    PathwiseUser employeeUser() {
        return Fixtures.user(employee);
    }

    PathwiseUser managerUser() {
        return Fixtures.user(manager, Role.MANAGER);
    }

    PathwiseUser directorUser() {
        return Fixtures.user(director, Role.MANAGER);
    }

    PathwiseUser otherManagerUser() {
        return Fixtures.user(otherManager, Role.MANAGER);
    }

    PathwiseUser otherEmployeeUser() {
        return Fixtures.user(otherEmployee);
    }

    PathwiseUser hrUser() {
        return Fixtures.user(hr, Role.HR);
    }

    PathwiseUser executiveUser() {
        return Fixtures.user(executive, Role.EXECUTIVE);
    }

    /** A draft of the employee's with two gaps, a short-term goal (level E3) and one course. */
    long draft() {
        return draftOf(employeeUser());
    }

    long draftOf(PathwiseUser owner) {
        PlanOutcome started = plans.startPlan(owner, new StartPlanCommand(
            new PlanDetails("Towards Senior Engineer", TODAY, TODAY.plusYears(1), "Clean code", "Design reviews"),
            null, owner.isSelf(employee) ? List.of(new GapChoice(world.coding(), null),
                new GapChoice(world.design(), "Start with reviews")) : List.of(),
            List.of(new GoalDetails(GoalHorizon.SHORT, world.levels()[2], null, "More impact"),
                new GoalDetails(GoalHorizon.LONG, null, null, null)), null));
        if (!started.succeeded()) {
            throw new IllegalStateException("plan not started: " + started.problems().all());
        }
        long planId = started.id();
        PlanOutcome action = plans.addAction(owner, planId, new ActionDetails(ActionKind.COURSE,
            "Distributed systems course", null, null, TODAY.plusMonths(3)));
        if (!action.succeeded()) {
            throw new IllegalStateException("action not added: " + action.problems().all());
        }
        return planId;
    }

    long submitted() {
        long planId = draft();
        plans.submit(employeeUser(), planId, version(planId));
        return planId;
    }

    long active() {
        long planId = submitted();
        approve(managerUser(), planId);
        return planId;
    }

    PlanOutcome approve(PathwiseUser reviewer, long planId) {
        return plans.approve(reviewer, planId, version(planId), new ApproveCommand(CheckInFrequency.MONTHLY,
            CheckInMode.MEETING, TODAY.plusWeeks(2), ReportFrequency.MONTHLY, "Looks good."));
    }

    long version(long planId) {
        return jdbc.queryForObject("select version from development_plan where id = ?", Long.class, planId);
    }

    String status(long planId) {
        return jdbc.queryForObject("select status from development_plan where id = ?", String.class, planId);
    }

    long goalId(long planId) {
        return jdbc.queryForObject("select min(id) from career_goal where plan_id = ?", Long.class, planId);
    }

    long goalVersion(long goalId) {
        return jdbc.queryForObject("select version from career_goal where id = ?", Long.class, goalId);
    }

    long actionId(long planId) {
        return jdbc.queryForObject("select min(id) from development_action where plan_id = ?", Long.class, planId);
    }

    long actionVersion(long actionId) {
        return jdbc.queryForObject("select version from development_action where id = ?", Long.class, actionId);
    }

    long gapId(long planId) {
        return jdbc.queryForObject("select min(id) from plan_gap where plan_id = ?", Long.class, planId);
    }

    void leave(long employeeId) {
        jdbc.update("update employee set status = 'INACTIVE', end_date = current_date where id = ?", employeeId);
    }

    int notices(long recipientId, String kind) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = ?",
            Integer.class, recipientId, kind);
    }
}
