package app.pathwise.plan.followup.web;

import app.pathwise.objective.KeyResultUpdateRejected;
import app.pathwise.plan.followup.CheckInPage;
import app.pathwise.plan.followup.CheckInQueries;
import app.pathwise.plan.followup.CheckInService;
import app.pathwise.plan.followup.FollowUpOutcome;
import app.pathwise.plan.followup.NewCheckInPage;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.Flash;
import app.pathwise.shared.web.Formats;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Check-ins of a plan: the list ({@code /plans/{id}/check-ins}) for everyone who may read the plan;
 * recording one ({@code /new}) for the employee and their reviewer while the plan is active; one
 * check-in ({@code /{checkInId}}) with its comments, where the reviewer gives feedback.
 */
@Controller
class CheckInController {

    private final CheckInQueries queries;
    private final CheckInService checkIns;
    private final Formats fmt;
    private final Clock clock;

    CheckInController(CheckInQueries queries, CheckInService checkIns, Formats fmt, Clock clock) {
        this.queries = queries;
        this.checkIns = checkIns;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/check-ins")
    String showCheckIns(@PathVariable long id, @RequestParam(required = false) Integer page,
                        @AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("view", queries.page(user, id, PageView.clampPage(page)));
        return "plan/followup/check-ins";
    }

    @GetMapping("/plans/{id}/check-ins/new")
    String showNewCheckIn(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model,
                          RedirectAttributes redirect) {
        NewCheckInPage page = queries.newCheckIn(user, id);
        if (!page.plan().active()) {
            Flash.error(redirect, "plan.followup.check-in.not-active");
            return "redirect:/plans/" + id + "/check-ins";
        }
        model.addAttribute("view", page);
        model.addAttribute("form", RecordCheckInForm.blank(page, LocalDate.now(clock)));
        return "plan/followup/check-in-form";
    }

    @PostMapping("/plans/{id}/check-ins/new")
    String recordCheckIn(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                         @Valid @ModelAttribute("form") RecordCheckInForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                FollowUpOutcome outcome = checkIns.record(user, id, form.toDraft());
                if (outcome.succeeded()) {
                    Flash.success(redirect, "plan.followup.check-in.recorded");
                    return "redirect:/plans/" + id + "/check-ins";
                }
                Refusals.reject(outcome, binding, fmt);
            } catch (KeyResultUpdateRejected e) {
                // the key result changed between the check and the update (closed meanwhile): nothing was saved
                binding.reject(e.messageKey(), e.args(), null);
            }
        }
        NewCheckInPage page = queries.newCheckIn(user, id);
        if (!page.plan().active()) {
            Flash.error(redirect, "plan.followup.check-in.not-active");
            return "redirect:/plans/" + id + "/check-ins";
        }
        model.addAttribute("view", page);
        return "plan/followup/check-in-form";
    }

    @GetMapping("/plans/{id}/check-ins/{checkInId}")
    String showCheckIn(@PathVariable long id, @PathVariable long checkInId,
                       @AuthenticationPrincipal PathwiseUser user, Model model) {
        CheckInPage page = queries.checkIn(user, id, checkInId);
        return page(model, page, FeedbackForm.of(page.checkIn()), CommentForm.about(checkInId));
    }

    @PostMapping("/plans/{id}/check-ins/{checkInId}")
    String giveFeedback(@PathVariable long id, @PathVariable long checkInId,
                        @AuthenticationPrincipal PathwiseUser user,
                        @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            CheckInPage page = queries.checkIn(user, id, checkInId);
            if (!page.mayGiveFeedback() || binding.hasFieldErrors("version")) {
                throw new NotFoundException();
            }
            return page(model, page, form, CommentForm.about(checkInId));
        }
        checkIns.giveFeedback(user, id, checkInId, form.getVersion(), Texts.clean(form.getManagerFeedback()));
        Flash.success(redirect, "plan.followup.feedback.saved");
        return "redirect:/plans/" + id + "/check-ins/" + checkInId;
    }

    static String page(Model model, CheckInPage page, FeedbackForm feedback, CommentForm comment) {
        model.addAttribute("view", page);
        model.addAttribute("feedbackForm", feedback);
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", comment);
        }
        return "plan/followup/check-in";
    }
}
