package app.pathwise.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans of the demo manager's direct reports and of the demo employee, written one by one so that
 * each demo account finds the situations worth trying: the employee an active plan towards their next
 * level with gaps from their ratings, actions done and due, two check-ins, a conversation with their
 * manager, a progress report and last year's completed plan with its review; the manager a plan to
 * approve, one sent back for changes, active plans with a monthly rhythm, one whose check-in was
 * missed, overdue and done actions of every kind; HR a plan of someone without a manager to decide
 * on. Dates count back from today; the level tables come
 * from {@link DemoPlanSql#LEVELS}.
 */
final class DemoPlanScenarios {

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final ZoneId zone;

    DemoPlanScenarios(JdbcTemplate jdbc, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.today = today;
        this.zone = zone;
    }

    /** Where a person stands on their path: their level, the next two and the next one's title. */
    private record Levels(Long level, Long next, Long later, String nextTitle) {
    }

    /** A plan about to be written; the workflow's events follow from its dates. */
    private final class Plan {
        final long employee;
        final Long manager;
        final String status;
        final String title;
        final LocalDate starts;
        final LocalDate ends;
        String frequency;
        String mode;
        LocalDate firstCheckIn;
        LocalDate nextCheckIn;
        String reports;
        LocalDate created;
        LocalDate submitted;
        LocalDate decided;
        LocalDate finished;
        String decision;
        String closing;
        Long previous;
        Long level;
        LocalDate lastActivity;
        String strengths;
        String areas;

        Plan(long employee, Long manager, String status, String title, LocalDate starts, LocalDate ends) {
            this.employee = employee;
            this.manager = manager;
            this.status = status;
            this.title = title;
            this.starts = starts;
            this.ends = ends;
            this.created = starts.minusDays(7);
        }

        Plan rhythm(String frequency, String mode, LocalDate first, LocalDate next, String reports) {
            this.frequency = frequency;
            this.mode = mode;
            this.firstCheckIn = first;
            this.nextCheckIn = next;
            this.reports = reports;
            return this;
        }

        Plan workflow(LocalDate created, LocalDate submitted, LocalDate decided, String decision) {
            this.created = created;
            this.submitted = submitted;
            this.decided = decided;
            this.decision = decision;
            return this;
        }

        Plan about(String strengths, String areas) {
            this.strengths = strengths;
            this.areas = areas;
            return this;
        }
    }

    // --- the demo employee ---------------------------------------------------------------------------

    void demoEmployee(long employee, Long manager) {
        Levels levels = levels(employee);
        long recorder = manager == null ? employee : manager;

        Plan old = new Plan(employee, manager, "COMPLETED", "Development plan " + today.minusDays(420).getYear(),
            today.minusDays(420), today.minusDays(60))
            .rhythm("QUARTERLY", "MEETING", today.minusDays(395), null, "QUARTERLY")
            .workflow(today.minusDays(428), today.minusDays(425), today.minusDays(422),
                "Approved. Quarterly check-ins suit this plan.")
            .about("Quick learner; dependable in the team's day-to-day work.",
                "Work more independently; speak up earlier in design discussions.");
        old.finished = today.minusDays(58);
        old.closing = "Well done: every action is complete. Let's hold the yearly review next week.";
        old.lastActivity = today.minusDays(51);
        long oldId = insert(old);
        goal(oldId, "SHORT", null, "Work independently on the team's main services",
            "I want to take tickets end to end without waiting for help.", "REACHED", today.minusDays(90),
            "Weekly pairing and the on-call rota: I had to solve real problems on my own.",
            "Keep pairing once a month, now as the one who explains.", 0);
        action(oldId, null, "COURSE", "Course: Clean code and refactoring", today.minusDays(330), "DONE",
            "Finished the course and refactored the billing module with what I learned.",
            "https://learning.example.com/records/clean-code", today.minusDays(334));
        action(oldId, null, "MENTORING", "Pair with a senior engineer every week", today.minusDays(200), "DONE",
            "Twenty pairing sessions; the notes are in my wiki page.", null, today.minusDays(205));
        action(oldId, null, "SELF_STUDY", "Read \"Designing Data-Intensive Applications\"", today.minusDays(150),
            "DONE", "Shared a summary of the replication chapters at the team's lunch and learn.", null,
            today.minusDays(160));
        action(oldId, null, "STRETCH_ASSIGNMENT", "Own the update of the on-call handbook", today.minusDays(80),
            "DONE", "Handbook published; two new joiners used it on their first on-call week.",
            "https://wiki.example.com/oncall", today.minusDays(84));
        checkIn(oldId, today.minusDays(395), today.minusDays(394), "MEETING",
            "Course started; pairing sessions every Thursday.", null, null,
            "Finish the course by the end of the quarter.", "Good rhythm, keep it up.", recorder);
        checkIn(oldId, today.minusDays(304), today.minusDays(301), "MEETING",
            "Course done; first refactoring merged.", "The pairing slot clashes with the sprint review.",
            "Move pairing to Tuesdays.", "Start the book and the handbook.", "Agreed, Tuesdays it is.", recorder);
        jdbc.update("""
            insert into career_review (plan_id, held_on, outcome, readiness_before, readiness_after, summary,
                                       adjustments, recorded_by, created_at)
            values (?, ?, 'ON_TRACK', 45, 70, ?, ?, ?, ?)
            """, oldId, today.minusDays(56),
            "A good year: every action done and the short-term goal reached. Ready to work towards the next level.",
            "The next plan aims at the next level: system design, mentoring and a certification.", recorder,
            at(today.minusDays(56), 15));

        Plan current = new Plan(employee, manager, "ACTIVE",
            levels.nextTitle() == null ? "Growth plan " + today.getYear() : "Towards " + levels.nextTitle(),
            today.minusDays(50), today.plusDays(315))
            .rhythm("MONTHLY", "MEETING", today.minusDays(36), today.plusDays(24), "MONTHLY")
            .workflow(today.minusDays(57), today.minusDays(55), today.minusDays(52),
                "Approved: a focused plan. Monthly check-ins, the first one in two weeks.")
            .about("Reliable delivery, careful reviews, and the team's go-to person for the billing services.",
                "System design at a larger scale, and sharing knowledge beyond the team.");
        current.previous = oldId;
        current.level = levels.level();
        current.lastActivity = today.minusDays(2);
        long planId = insert(current);
        goal(planId, "SHORT", levels.next(), levels.next() == null ? "Grow in the current role" : null,
            "I already do part of the next level's work and want to take it on fully.", "OPEN", null, null, null, 0);
        goal(planId, "LONG", levels.later(), levels.later() == null ? "Lead a small team of engineers" : null,
            "In three to five years I would like to lead a team.", "OPEN", null, null, null, 1);
        List<Long> gaps = gaps(planId, employee, levels.next() != null ? levels.next() : levels.level(), 3,
            "Rated one level below what the next level needs; my manager agrees.");
        action(planId, gap(gaps, 0), "COURSE", "Course: System design fundamentals", today.minusDays(20), "DONE",
            "Finished all modules and the capstone; my notes are in the team wiki.",
            "https://learning.example.com/records/system-design", today.minusDays(24));
        action(planId, gap(gaps, 1), "MENTORING", "Monthly mentoring with a principal engineer", today.plusDays(120),
            "IN_PROGRESS", null, null, null);
        action(planId, gap(gaps, 0), "STRETCH_ASSIGNMENT", "Lead the design of the next reporting feature",
            today.plusDays(75), "IN_PROGRESS", null, null, null);
        action(planId, gap(gaps, 2), "SELF_STUDY", "Prepare and give a tech talk on our testing strategy",
            today.minusDays(5), "PLANNED", null, null, null);
        action(planId, null, "CERTIFICATION", "AWS Solutions Architect – Associate", today.plusDays(180), "PLANNED",
            null, null, null);
        action(planId, null, "JOB_ROTATION", "Two weeks with the customer support team", today.plusDays(240),
            "PLANNED", null, null, null);
        checkIn(planId, today.minusDays(36), today.minusDays(35), "MEETING",
            "The course is under way and the reporting feature is scoped.",
            "The release week took most of my time.", "An hour with the architect on the design.",
            "Finish the course; write the first design draft.",
            "Good start. I will set up the session with the architect.", recorder);
        long second = checkIn(planId, today.minusDays(6), today.minusDays(6), "MEETING",
            "Course finished and already used in the sprint; the design draft has been reviewed.", null,
            "Time to prepare the tech talk.", "Start the mentoring; book the talk at the engineering meetup.",
            "Great progress: the design review went well.", recorder);
        comment(planId, second, employee,
            "Thanks! Could we move the tech talk to next month? The release is taking more time than planned.",
            today.minusDays(4));
        if (manager != null) {
            comment(planId, null, manager,
                "Yes, move it to next month. Update the due date and we will confirm it at the next check-in.",
                today.minusDays(2));
        }
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        jdbc.update("""
            insert into progress_report (plan_id, period_start, period_end, progress, learning_applied, submitted_at)
            values (?, ?, ?, ?, ?, ?)
            """, planId, month, month.plusMonths(1).minusDays(1),
            "Finished the system design course and started the design of the reporting feature.",
            "Used the course's capacity estimates in the reporting design; the review found no scaling issue.",
            at(month.plusMonths(1).plusDays(2), 17));
    }

    // --- the demo manager's other direct reports -----------------------------------------------------

    /** The i-th other direct report of the demo manager: a plan to approve, a missed check-in, ... */
    void teamMember(long employee, Long manager, int index) {
        switch (index < 4 ? index : 4 + (index - 4) % 5) {
            case 0 -> submitted(employee, manager, true);
            case 1 -> activeWithMissedCheckIn(employee, manager);
            case 2 -> activeOnTrack(employee, manager);
            case 3 -> changesRequested(employee, manager);
            case 4 -> submitted(employee, manager, false);
            case 5 -> draft(employee, manager);
            case 6 -> activeOnTrack(employee, manager);
            case 7 -> {
                // no plan yet: the team view links to their gaps
            }
            default -> activeWithMissedCheckIn(employee, manager);
        }
    }

    /** Someone without a manager (the chief executive): a submitted plan that HR decides on. */
    void withoutManager(long employee) {
        submitted(employee, null, false);
    }

    private void submitted(long employee, Long manager, boolean withHistory) {
        Levels levels = levels(employee);
        Long previous = null;
        if (withHistory) {
            Plan old = new Plan(employee, manager, "COMPLETED", "Growth plan " + today.minusDays(400).getYear(),
                today.minusDays(400), today.minusDays(35))
                .rhythm("MONTHLY", "MEETING", today.minusDays(380), null, "QUARTERLY")
                .workflow(today.minusDays(405), today.minusDays(403), today.minusDays(401), null)
                .about("Calm under pressure; the team trusts their technical judgement.",
                    "Delegate more; grow the people in the team.");
            old.finished = today.minusDays(33);
            old.closing = "Completed. A strong year.";
            old.lastActivity = today.minusDays(33);
            previous = insert(old);
            goal(previous, "SHORT", null, "Lead the team's largest project of the year",
                "To show I can lead a bigger piece of work.", "REACHED", today.minusDays(60),
                "Clear milestones and the weekly steering meeting.", "Write decisions down as we go.", 0);
            action(previous, null, "STRETCH_ASSIGNMENT", "Lead the payments migration", today.minusDays(70), "DONE",
                "Migration finished two weeks early; no incident.", "https://wiki.example.com/payments-migration",
                today.minusDays(84));
            action(previous, null, "COURSE", "Course: Leading without authority", today.minusDays(250), "DONE",
                "Completed; applied the stakeholder map in the migration.", null, today.minusDays(252));
            action(previous, null, "MENTORING", "Mentor a new tech lead in another team", today.minusDays(120),
                "DONE", "Monthly sessions for half a year.", null, today.minusDays(125));
            action(previous, null, "OTHER", "Speak at the regional developer conference", today.minusDays(180),
                "CANCELLED", null, null, null);
            jdbc.update("""
                insert into career_review (plan_id, held_on, outcome, readiness_before, readiness_after, summary,
                                           adjustments, recorded_by, created_at)
                values (?, ?, 'ON_TRACK', 55, 75, ?, ?, ?, ?)
                """, previous, today.minusDays(30),
                "The migration showed real leadership; next, growing the people in the team.",
                "The new plan focuses on coaching and the architecture guild.", manager == null ? employee : manager,
                at(today.minusDays(30), 15));
        }
        Plan plan = new Plan(employee, manager, "SUBMITTED", "Growth plan " + today.getYear(),
            today.minusDays(3), today.plusDays(362))
            .workflow(today.minusDays(9), today.minusDays(2), null, null)
            .about("Technical judgement; the team's first call in an incident.",
                "Coaching others; thinking in quarters rather than sprints.");
        plan.previous = previous;
        plan.level = levels.level();
        plan.lastActivity = today.minusDays(2);
        long planId = insert(plan);
        goal(planId, "SHORT", levels.next(), levels.next() == null ? "Grow two engineers to the next level" : null,
            "The next step is to grow people, not only systems.", "OPEN", null, null, null, 0);
        List<Long> gaps = gaps(planId, employee, levels.next() != null ? levels.next() : levels.level(), 2, null);
        action(planId, gap(gaps, 0), "MENTORING", "Mentor two junior engineers", today.plusDays(150), "PLANNED",
            null, null, null);
        action(planId, gap(gaps, 1), "STRETCH_ASSIGNMENT", "Run the architecture guild for a quarter",
            today.plusDays(100), "PLANNED", null, null, null);
        action(planId, null, "COURSE", "Course: Coaching for engineering leaders", today.plusDays(60), "PLANNED",
            null, null, null);
        action(planId, null, "CERTIFICATION", "Professional Scrum Master I", today.plusDays(200), "PLANNED", null,
            null, null);
        action(planId, null, "OTHER", "Give a talk at the internal engineering day", today.plusDays(240), "PLANNED",
            null, null, null);
    }

    private void activeWithMissedCheckIn(long employee, Long manager) {
        Levels levels = levels(employee);
        long recorder = manager == null ? employee : manager;
        Plan plan = new Plan(employee, manager, "ACTIVE", "Development plan " + today.minusDays(130).getYear(),
            today.minusDays(130), today.plusDays(235))
            .rhythm("MONTHLY", "MEETING", today.minusDays(110), today.minusDays(20), null)
            .workflow(today.minusDays(140), today.minusDays(136), today.minusDays(133), null)
            .about("Deep knowledge of the data platform.", "Plan ahead; share work earlier.");
        plan.level = levels.level();
        plan.lastActivity = today.minusDays(25);
        long planId = insert(plan);
        goal(planId, "SHORT", levels.next(), levels.next() == null ? "Own the data platform's roadmap" : null,
            "I want to shape where the platform goes.", "OPEN", null, null, null, 0);
        List<Long> gaps = gaps(planId, employee, levels.next() != null ? levels.next() : levels.level(), 2, null);
        action(planId, gap(gaps, 0), "COURSE", "Course: Data analysis with SQL", today.minusDays(90), "DONE",
            "Completed with the final assignment.", "https://learning.example.com/records/sql", today.minusDays(93));
        action(planId, gap(gaps, 1), "JOB_ROTATION", "Three-month rotation in the platform team", today.minusDays(30),
            "PLANNED", null, null, null);
        action(planId, null, "SELF_STUDY", "Online course on cloud architecture", today.minusDays(10),
            "IN_PROGRESS", null, null, null);
        action(planId, null, "STRETCH_ASSIGNMENT", "Drive the migration of the reporting database",
            today.minusDays(60), "DONE", "Migrated with no downtime; the runbook is in the wiki.", null,
            today.minusDays(58));
        action(planId, null, "CERTIFICATION", "Certified Kubernetes Administrator", today.plusDays(120), "PLANNED",
            null, null, null);
        checkIn(planId, today.minusDays(110), today.minusDays(109), "MEETING",
            "Course going well; migration planned.", null, null, "Start the migration.", null, recorder);
        checkIn(planId, today.minusDays(80), today.minusDays(78), "MEETING", "Migration half done.",
            "The rotation keeps slipping because of the migration.", "Help to plan the rotation.",
            "Finish the migration first.", "Let's fix a start date for the rotation next time.", recorder);
        checkIn(planId, today.minusDays(50), today.minusDays(48), "WRITTEN",
            "Migration done; rotation not started yet.", "Too much support work this month.", null,
            "Agree the rotation's start with the platform team.", null, recorder);
    }

    private void activeOnTrack(long employee, Long manager) {
        Levels levels = levels(employee);
        long recorder = manager == null ? employee : manager;
        Plan plan = new Plan(employee, manager, "ACTIVE",
            levels.nextTitle() == null ? "Growth plan " + today.getYear() : "Towards " + levels.nextTitle(),
            today.minusDays(90), today.plusDays(275))
            .rhythm("MONTHLY", "WRITTEN", today.minusDays(75), today.plusDays(15), "MONTHLY")
            .workflow(today.minusDays(98), today.minusDays(95), today.minusDays(92),
                "Approved. Written updates are fine; we talk when something is stuck.")
            .about("Clear communication with customers and product.", "Technical leadership across teams.");
        plan.level = levels.level();
        plan.lastActivity = today.minusDays(1);
        long planId = insert(plan);
        goal(planId, "SHORT", levels.next(), levels.next() == null ? "Lead a cross-team initiative" : null,
            "It is the next step on my path.", "OPEN", null, null, null, 0);
        goal(planId, "LONG", levels.later(), levels.later() == null ? "Become an engineering manager" : null,
            "I enjoy helping people grow.", "OPEN", null, null, null, 1);
        List<Long> gaps = gaps(planId, employee, levels.next() != null ? levels.next() : levels.level(), 2, null);
        action(planId, gap(gaps, 0), "COURSE", "Course: Presenting with impact", today.minusDays(60), "DONE",
            "Completed; used it for the quarterly business review.", "https://learning.example.com/records/present",
            today.minusDays(63));
        action(planId, gap(gaps, 1), "JOB_ROTATION", "Six weeks with the product team", today.minusDays(15), "DONE",
            "The product team's feedback is attached; I now join their discovery sessions.", null,
            today.minusDays(16));
        action(planId, null, "MENTORING", "Mentor a new joiner through onboarding", today.minusDays(30), "DONE",
            "Onboarding finished; the new joiner shipped their first feature in week three.", null,
            today.minusDays(32));
        action(planId, null, "STRETCH_ASSIGNMENT", "Lead the customer workshop series", today.plusDays(45),
            "IN_PROGRESS", null, null, null);
        action(planId, null, "SELF_STUDY", "Read \"The Manager's Path\" and share notes with the team",
            today.plusDays(150), "PLANNED", null, null, null);
        checkIn(planId, today.minusDays(75), today.minusDays(75), "WRITTEN", "Course started; rotation agreed.",
            null, null, "Finish the course.", "Sounds good.", recorder);
        checkIn(planId, today.minusDays(45), today.minusDays(44), "WRITTEN",
            "Course done; rotation under way; onboarding of the new joiner going well.", null, null,
            "Finish the rotation.", "Great work with the new joiner.", recorder);
        checkIn(planId, today.minusDays(15), today.minusDays(14), "WRITTEN",
            "Rotation done; first workshop planned.", null, "A budget for the workshop venue.",
            "Run the first workshop.", "Budget approved.", recorder);
    }

    private void changesRequested(long employee, Long manager) {
        Levels levels = levels(employee);
        Plan plan = new Plan(employee, manager, "CHANGES_REQUESTED", "Career plan " + today.getYear(),
            today.minusDays(10), today.plusDays(355))
            .workflow(today.minusDays(16), today.minusDays(8), today.minusDays(6),
                "Good start. Please link each action to one of your gaps and give the course a date we can check.")
            .about("Hands-on and pragmatic.", "Influence decisions outside the team.");
        plan.level = levels.level();
        plan.lastActivity = today.minusDays(6);
        long planId = insert(plan);
        goal(planId, "SHORT", levels.next(), levels.next() == null ? "Become the team's quality champion" : null,
            "Quality is what I care about most.", "OPEN", null, null, null, 0);
        gaps(planId, employee, levels.next() != null ? levels.next() : levels.level(), 2, null);
        action(planId, null, "COURSE", "Course: Negotiation essentials", today.plusDays(300), "PLANNED", null, null,
            null);
        action(planId, null, "MENTORING", "Shadow a principal in design reviews", today.plusDays(90), "PLANNED",
            null, null, null);
        action(planId, null, "SELF_STUDY", "Study the domain knowledge the next level asks for", today.plusDays(150),
            "PLANNED", null, null, null);
    }

    private void draft(long employee, Long manager) {
        Levels levels = levels(employee);
        Plan plan = new Plan(employee, manager, "DRAFT", "Development plan " + today.getYear(), today.plusDays(5),
            today.plusDays(370))
            .workflow(today.minusDays(4), null, null, null)
            .about("Good with customers.", null);
        plan.level = levels.level();
        plan.lastActivity = today.minusDays(1);
        long planId = insert(plan);
        goal(planId, "SHORT", levels.next(), levels.next() == null ? "Grow into a mentoring role" : null, null,
            "OPEN", null, null, null, 0);
        action(planId, null, "COURSE", "Course: Giving and receiving feedback", today.plusDays(60), "PLANNED", null,
            null, null);
    }

    // --- rows ----------------------------------------------------------------------------------------

    private Levels levels(long employee) {
        List<Levels> found = jdbc.query("""
            select l.level_id, l.next_level_id, l.later_level_id, l.next_title
              from employee e join demo_level l on l.job_title_id = e.job_title_id
             where e.id = ?
            """, (rs, n) -> new Levels(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
            rs.getObject(3, Long.class), rs.getString(4)), employee);
        return found.isEmpty() ? new Levels(null, null, null, null) : found.get(0);
    }

    private long insert(Plan plan) {
        boolean decided = plan.firstCheckIn != null;
        long id = jdbc.queryForObject("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, strengths,
                development_areas, current_level_id, rhythm_frequency, rhythm_mode, first_check_in_on,
                next_check_in_on, report_frequency, submitted_at, approved_at, approved_by, completed_at, closed_at,
                previous_plan_id, created_at, last_activity_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """, Long.class, plan.employee, plan.status, plan.title, plan.starts, plan.ends, plan.strengths,
            plan.areas, plan.level, plan.frequency, plan.mode, plan.firstCheckIn, plan.nextCheckIn, plan.reports,
            plan.submitted == null ? null : at(plan.submitted, 10),
            decided ? at(plan.decided, 11) : null, decided ? plan.manager : null,
            "COMPLETED".equals(plan.status) ? at(plan.finished, 16) : null,
            "CLOSED".equals(plan.status) ? at(plan.finished, 16) : null,
            plan.previous, at(plan.created, 9), at(plan.lastActivity == null ? plan.created : plan.lastActivity, 15));
        event(id, "CREATED", plan.employee, null, plan.created, 9);
        if (plan.submitted != null) {
            event(id, "SUBMITTED", plan.employee, null, plan.submitted, 10);
        }
        if (plan.decided != null) {
            event(id, "CHANGES_REQUESTED".equals(plan.status) ? "CHANGES_REQUESTED" : "APPROVED", plan.manager,
                plan.decision, plan.decided, 11);
        }
        if (plan.finished != null) {
            event(id, plan.status, plan.manager, plan.closing, plan.finished, 16);
        }
        return id;
    }

    private void event(long planId, String kind, Long actor, String comment, LocalDate day, int hour) {
        jdbc.update("""
            insert into plan_event (plan_id, kind, actor_id, acting_for, comment, occurred_at)
            values (?, ?, ?, ?, ?, ?)
            """, planId, kind, actor, actor == null, comment, at(day, hour));
    }

    private void goal(long planId, String horizon, Long level, String text, String why, String status,
                      LocalDate reachedOn, String helped, String keep, int position) {
        jdbc.update("""
            insert into career_goal (plan_id, horizon, target_level_id, target_text, why, status, reached_on,
                                     what_helped, what_to_keep, position)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, planId, horizon, level, level == null && text == null ? "Grow in the current role" : text, why,
            status, reachedOn, helped, keep, position);
    }

    /**
     * The level's requirements the person does not meet yet by their current proficiency (latest
     * manager rating, else latest self rating), biggest gap first.
     */
    private List<Long> gaps(long planId, long employee, Long level, int limit, String note) {
        if (level == null) {
            return List.of();
        }
        return new ArrayList<>(jdbc.queryForList("""
            insert into plan_gap (plan_id, competency_id, level_id, required_level, current_level, note)
            select ?, w.competency_id, w.level_id, w.required_level, w.current_level, ?
              from (select lc.competency_id, lc.level_id, lc.required_level, f.level as current_level
                      from level_competency lc
                      left join (select distinct on (r.competency_id) r.competency_id, r.level
                                   from competency_rating r where r.employee_id = ?
                                  order by r.competency_id, (r.rater_kind = 'MANAGER') desc, r.rated_at desc) f
                             on f.competency_id = lc.competency_id
                     where lc.level_id = ? and lc.required_level > coalesce(f.level, 0)
                     order by lc.required_level - coalesce(f.level, 0) desc, lc.competency_id
                     limit ?) w
            returning id
            """, Long.class, planId, note, employee, level, limit));
    }

    private static Long gap(List<Long> gaps, int index) {
        return index < gaps.size() ? gaps.get(index) : null;
    }

    private void action(long planId, Long gapId, String kind, String title, LocalDate due, String status,
                        String evidence, String url, LocalDate completedOn) {
        jdbc.update("""
            insert into development_action (plan_id, gap_id, kind, title, due_on, status, evidence_text,
                                            evidence_url, completed_on, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select created_at from development_plan where id = ?), ?)
            """, planId, gapId, kind, title, due, status, evidence, url, completedOn, planId,
            at(completedOn != null ? completedOn : today.minusDays(1), 17));
    }

    private long checkIn(long planId, LocalDate due, LocalDate held, String mode, String progress,
                         String obstacles, String support, String next, String feedback, long recordedBy) {
        return jdbc.queryForObject("""
            insert into check_in (plan_id, due_on, held_on, mode, progress_summary, obstacles, support_needed,
                                  next_steps, manager_feedback, recorded_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """, Long.class, planId, due, held, mode, progress, obstacles, support, next, feedback, recordedBy,
            at(held, 16), at(held, 16));
    }

    private void comment(long planId, Long checkInId, long author, String body, LocalDate day) {
        jdbc.update("""
            insert into plan_comment (plan_id, check_in_id, author_id, body, created_at) values (?, ?, ?, ?, ?)
            """, planId, checkInId, author, body, at(day, 12));
    }

    private OffsetDateTime at(LocalDate day, int hour) {
        return DemoPlans.at(day, hour, zone);
    }
}
