package app.pathwise.plan.web;

import app.pathwise.plan.ActionKind;
import app.pathwise.plan.ActionStatus;
import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.GoalHorizon;
import app.pathwise.plan.LearningMode;
import app.pathwise.plan.PlanPageAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanQueries;
import app.pathwise.plan.PlanView;
import app.pathwise.plan.PlanStamp;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.followup.FollowUpQueries;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PageShells;
import app.pathwise.shared.web.PartCache;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The plan page's model, for whoever reads it: the plan, what this viewer may do, and the forms of
 * the workflow steps (kept as typed when one comes back with problems).
 *
 * <p>The page's content is kept rendered until the plan changes (ADR 0016): under the plan's stamp, read
 * with the reader's access before anything else ({@link PlanStamp}: the plan's revision, the people and
 * framework generations), the reader's part in the plan, the day (what is overdue) and the language. A
 * page that shows a step's form as typed, with its problems, is rendered for that request only.
 */
@Component
class PlanPage {

    static final String VIEW = "plan/plan";
    static final long BUDGET = 8_000_000;

    private final PlanQueries queries;
    private final FollowUpQueries followUps;
    private final Clock clock;
    private final FragmentRenderer renderer;
    private final PartCache<Key, EncodedPart> kept = new PartCache<>(BUDGET);

    PlanPage(PlanQueries queries, FollowUpQueries followUps, Clock clock, FragmentRenderer renderer) {
        this.queries = queries;
        this.followUps = followUps;
        this.clock = clock;
        this.renderer = renderer;
    }

    /** Everything the plan's content depends on. */
    private record Key(PlanParty party, PlanStamp stamp, LocalDate today, Locale locale) {
    }

    /** The plan page as a reader opens it: kept, or read and rendered now (and kept). */
    String show(Model model, PlanPageAccess access) {
        LocalDate today = LocalDate.now(clock);
        PlanParty party = access.party();
        model.addAttribute("part", kept.get(new Key(party, access.stamp(), today, LocaleContextHolder.getLocale()),
            () -> queries.plan(party.planId()).map(plan -> render(model, plan, party, today)))
            .orElseThrow(NotFoundException::new));
        PageShells.keep(model);
        return VIEW;
    }

    /** The plan page with the forms already in the model (with their errors) as typed, for this request only. */
    String show(Model model, PlanParty party) {
        PlanView plan = queries.plan(party.planId()).orElseThrow(NotFoundException::new);
        model.addAttribute("part", render(model, plan, party, LocalDate.now(clock)));
        return VIEW;
    }

    private EncodedPart render(Model model, PlanView plan, PlanParty party, LocalDate today) {
        model.addAttribute("plan", plan);
        model.addAttribute("party", party);
        model.addAttribute("followUp", followUps.summary(party));
        model.addAttribute("can", Permissions.of(party, plan.status()));
        model.addAttribute("mix", plan.mix());
        model.addAttribute("modes", LearningMode.values());
        model.addAttribute("horizons", GoalHorizon.values());
        model.addAttribute("today", today);
        model.addAttribute("frequencies", CheckInFrequency.values());
        model.addAttribute("checkInModes", CheckInMode.values());
        model.addAttribute("reportFrequencies", ReportFrequency.values());
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("statuses", ActionStatus.values());
        if (!model.containsAttribute("approveForm")) {
            model.addAttribute("approveForm", ApproveForm.suggested(plan.version(), today));
        }
        for (String form : new String[] {"changesForm", "completeForm", "closeForm"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, CommentForm.of(plan.version()));
            }
        }
        return EncodedPart.of(plan.title(), renderer.renderWithForms("plan/plan-content", "content", model.asMap()));
    }
}
