package app.pathwise.plan;

import app.pathwise.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan as its page shows it: the header, the agreed follow-up rhythm, the goals (target level
 * titles in every language), the gaps chosen, the actions with the 70-20-10 mix and progress, and
 * the workflow history, newest first.
 *
 * @param otherPlans how many other plans the employee has (earlier, completed or closed ones)
 */
public record PlanView(long id, long version, long employeeId, String employeeName, PlanStatus status, String title,
                       LocalDate startsOn, LocalDate endsOn, String strengths, String developmentAreas,
                       LocalizedText currentLevelTitle, Rhythm rhythm, Instant createdAt, Instant submittedAt,
                       Instant approvedAt, String approvedByName, Instant completedAt, Instant closedAt,
                       Instant lastActivityAt, int otherPlans, Long previousPlanId, String previousPlanTitle,
                       List<Goal> goals, List<Gap> gaps, List<Action> actions, List<Event> history) {

    /** The follow-up rhythm agreed on approval; null before. */
    public record Rhythm(CheckInFrequency frequency, CheckInMode mode, LocalDate firstCheckInOn,
                         LocalDate nextCheckInOn, ReportFrequency reportFrequency) {
    }

    /** A career goal; the target is a level of a path ({@code levelTitle} not empty) or the employee's words. */
    public record Goal(long id, long version, GoalHorizon horizon, Long targetLevelId, String levelCode,
                       LocalizedText levelTitle, Long pathId, LocalizedText pathName, String targetText, String why,
                       GoalStatus status, LocalDate reachedOn, String whatHelped, String whatToKeep) {

        public boolean hasLevel() {
            return targetLevelId != null && !levelTitle.isEmpty();
        }
    }

    /** A gap chosen: the competency, the level that asks for it, required and current proficiency. */
    public record Gap(long id, long competencyId, LocalizedText competencyName, LocalizedText levelTitle,
                      int requiredLevel, Integer currentLevel, String note) {

        /** Required minus current (a missing rating counts as 0). */
        public int size() {
            return Math.max(0, requiredLevel - (currentLevel == null ? 0 : currentLevel));
        }
    }

    /**
     * A development action; {@code overdue} when still open after its due date, {@code addedAfterApproval}
     * when the employee added it to the active plan.
     */
    public record Action(long id, long version, ActionKind kind, String title, String description, Long gapId,
                         LocalizedText gapName, LocalDate dueOn, ActionStatus status, String evidenceText,
                         String evidenceUrl, String completionNote, LocalDate completedOn, boolean overdue,
                         boolean addedAfterApproval) {

        public LearningMode mode() {
            return kind.mode();
        }
    }

    /** A step of the workflow; {@code actorName} is null when the actor has no employee record (HR). */
    public record Event(PlanEventKind kind, String actorName, boolean actingFor, String comment, Instant occurredAt) {
    }

    public boolean open() {
        return PlanStatus.OPEN.contains(status);
    }

    /** Actions that count: all but the cancelled ones. */
    public long countedActions() {
        return actions.stream().filter(a -> a.status() != ActionStatus.CANCELLED).count();
    }

    public long doneActions() {
        return actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
    }

    /** Done actions out of the actions that count, in percent (rounded down); 0 without actions. */
    public int progressPercent() {
        long counted = countedActions();
        return counted == 0 ? 0 : (int) (doneActions() * 100 / counted);
    }

    public long overdueCount() {
        return actions.stream().filter(Action::overdue).count();
    }

    /** The mix of the counted actions by the 70-20-10 modes. */
    public ActionMix mix() {
        return ActionMix.of(actions.stream().filter(a -> a.status() != ActionStatus.CANCELLED)
            .map(Action::kind).toList());
    }

    /** The actions of one mode, by due date. */
    public List<Action> actionsIn(LearningMode mode) {
        return actions.stream().filter(a -> a.mode() == mode)
            .sorted(Comparator.comparing(Action::dueOn).thenComparing(Action::id)).toList();
    }

    /** The latest change request, while the plan waits for the employee's changes. */
    public Optional<Event> changeRequest() {
        if (status != PlanStatus.CHANGES_REQUESTED) {
            return Optional.empty();
        }
        return history.stream().filter(e -> e.kind() == PlanEventKind.CHANGES_REQUESTED).findFirst();
    }

    public List<Goal> goalsOf(GoalHorizon horizon) {
        return goals.stream().filter(g -> g.horizon() == horizon).toList();
    }
}
