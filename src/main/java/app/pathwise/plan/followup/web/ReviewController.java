package app.pathwise.plan.followup.web;

import app.pathwise.plan.followup.FollowUpOutcome;
import app.pathwise.plan.followup.ReviewPage;
import app.pathwise.plan.followup.ReviewOutcome;
import app.pathwise.plan.followup.ReviewQueries;
import app.pathwise.plan.followup.ReviewService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /plans/{id}/review}: the yearly career review, for everyone who may read the plan; the
 * reviewer records it once, near or after the plan's end; the employee starts the next plan from it.
 */
@Controller
class ReviewController {

    private final ReviewQueries queries;
    private final ReviewService reviews;
    private final Formats fmt;
    private final Clock clock;

    ReviewController(ReviewQueries queries, ReviewService reviews, Formats fmt, Clock clock) {
        this.queries = queries;
        this.reviews = reviews;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/review")
    String showReview(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        ReviewPage page = queries.page(user, id);
        model.addAttribute("view", page);
        model.addAttribute("form", ReviewForm.blank(page.hint(), LocalDate.now(clock)));
        model.addAttribute("formShown", page.mayRecord());
        model.addAttribute("outcomes", ReviewOutcome.values());
        return "plan/followup/review";
    }

    @PostMapping("/plans/{id}/review")
    String recordReview(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                        @Valid @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            FollowUpOutcome outcome = reviews.record(user, id, form.toDraft());
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.followup.review.recorded");
                return "redirect:/plans/" + id + "/review";
            }
            Refusals.reject(outcome, binding, fmt);
        }
        ReviewPage page = queries.page(user, id);
        if (!page.party().reviewer()) {
            throw new NotFoundException();
        }
        model.addAttribute("view", page);
        model.addAttribute("formShown", page.review() == null);
        model.addAttribute("outcomes", ReviewOutcome.values());
        return "plan/followup/review";
    }
}
