package app.pathwise.plan;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The checks a plan's content must pass, as field problems; the forms check the same (and more
 * cheaply), these hold for every caller of {@link PlanService}.
 */
final class PlanRules {

    /** A plan covers at most this many years (long-term goals look 3–5 years ahead). */
    static final int MAX_PERIOD_YEARS = 5;

    private PlanRules() {
    }

    static void checkDetails(PlanDetails details, PlanProblems problems) {
        required(problems, "title", details.title());
        max(problems, "title", details.title(), 200);
        max(problems, "strengths", details.strengths(), 4000);
        max(problems, "developmentAreas", details.developmentAreas(), 4000);
        required(problems, "startsOn", details.startsOn());
        required(problems, "endsOn", details.endsOn());
        if (details.startsOn() != null && details.endsOn() != null) {
            if (!details.endsOn().isAfter(details.startsOn())) {
                problems.add("endsOn", "plan.error.period-order");
            } else if (details.endsOn().isAfter(details.startsOn().plusYears(MAX_PERIOD_YEARS))) {
                problems.add("endsOn", "plan.error.period-too-long", MAX_PERIOD_YEARS);
            }
        }
    }

    /** A goal needs a horizon and a target: a level of a published path, or the employee's words. */
    static void checkGoal(GoalDetails goal, Set<Long> publishedLevels, PlanProblems problems, String prefix) {
        required(problems, prefix + "horizon", goal.horizon());
        if (goal.targetLevelId() == null && goal.targetText() == null) {
            problems.add(prefix + "targetLevelId", "plan.error.goal-target");
        } else if (goal.targetLevelId() != null && !publishedLevels.contains(goal.targetLevelId())) {
            problems.add(prefix + "targetLevelId", "plan.error.level-not-published");
        }
        max(problems, prefix + "targetText", goal.targetText(), 300);
        max(problems, prefix + "why", goal.why(), 2000);
    }

    /** An action needs a kind, a title and a due date within the plan's period. */
    static void checkAction(ActionDetails action, LocalDate startsOn, LocalDate endsOn, PlanProblems problems) {
        required(problems, "kind", action.kind());
        required(problems, "title", action.title());
        max(problems, "title", action.title(), 200);
        max(problems, "description", action.description(), 2000);
        required(problems, "dueOn", action.dueOn());
        if (action.dueOn() != null && (action.dueOn().isBefore(startsOn) || action.dueOn().isAfter(endsOn))) {
            problems.add("dueOn", "plan.error.due-outside-period");
        }
    }

    /** Progress needs a status; evidence links are http(s); a done action needs some evidence. */
    static void checkProgress(ActionProgress progress, PlanProblems problems) {
        required(problems, "status", progress.status());
        max(problems, "evidenceText", progress.evidenceText(), 2000);
        max(problems, "evidenceUrl", progress.evidenceUrl(), 500);
        max(problems, "completionNote", progress.completionNote(), 2000);
        if (progress.evidenceUrl() != null && !isWebLink(progress.evidenceUrl())) {
            problems.add("evidenceUrl", "plan.error.evidence-url");
        }
        if (progress.status() == ActionStatus.DONE && progress.evidenceText() == null
            && progress.evidenceUrl() == null) {
            problems.add("evidenceText", "plan.error.evidence-required");
        }
    }

    /** The rhythm is complete, the first check-in is not in the past and not after the plan ends. */
    static void checkApproval(ApproveCommand command, LocalDate today, LocalDate endsOn, PlanProblems problems) {
        required(problems, "frequency", command.frequency());
        required(problems, "mode", command.mode());
        required(problems, "reportFrequency", command.reportFrequency());
        required(problems, "firstCheckInOn", command.firstCheckInOn());
        if (command.firstCheckInOn() != null) {
            if (command.firstCheckInOn().isBefore(today)) {
                problems.add("firstCheckInOn", "plan.error.first-check-in-past");
            } else if (command.firstCheckInOn().isAfter(endsOn)) {
                problems.add("firstCheckInOn", "plan.error.first-check-in-after-end");
            }
        }
        max(problems, "comment", command.comment(), 4000);
    }

    static void checkComment(String comment, boolean required, PlanProblems problems) {
        if (required) {
            required(problems, "comment", Texts.clean(comment));
        }
        max(problems, "comment", comment, 4000);
    }

    static void checkRetrospective(String helped, String keep, PlanProblems problems) {
        required(problems, "whatHelped", Texts.clean(helped));
        required(problems, "whatToKeep", Texts.clean(keep));
        max(problems, "whatHelped", helped, 2000);
        max(problems, "whatToKeep", keep, 2000);
    }

    /** An absolute http or https address with a host. */
    static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void required(PlanProblems problems, String field, Object value) {
        if (value == null) {
            problems.add(field, "NotBlank");
        }
    }

    private static void max(PlanProblems problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, "plan.error.too-long", max);
        }
    }
}
