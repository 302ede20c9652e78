package app.pathwise.plan.followup.web;

import app.pathwise.plan.followup.CheckInQueries;
import app.pathwise.plan.followup.CommentQueries;
import app.pathwise.plan.followup.CommentService;
import app.pathwise.plan.followup.CommentsPage;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
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
 * {@code /plans/{id}/comments}: the plan's comments, newest first, for everyone who may read the
 * plan; the employee, the reviewer and the manager line write them (from here, a check-in or the plan
 * page's follow-up summary).
 */
@Controller
class CommentController {

    private final CommentQueries queries;
    private final CheckInQueries checkIns;
    private final CommentService comments;

    CommentController(CommentQueries queries, CheckInQueries checkIns, CommentService comments) {
        this.queries = queries;
        this.checkIns = checkIns;
        this.comments = comments;
    }

    @GetMapping("/plans/{id}/comments")
    String showComments(@PathVariable long id, @RequestParam(required = false) Integer page,
                        @AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("view", queries.page(user, id, PageView.clampPage(page)));
        model.addAttribute("commentForm", new CommentForm());
        return "plan/followup/comments";
    }

    @PostMapping("/plans/{id}/comments")
    String comment(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                   @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        if (binding.hasFieldErrors("checkInId")) {
            throw new NotFoundException();
        }
        if (binding.hasErrors()) {
            if (form.getCheckInId() != null) {
                var page = checkIns.checkIn(user, id, form.getCheckInId());
                if (!page.mayComment()) {
                    throw new NotFoundException();
                }
                return CheckInController.page(model, page, FeedbackForm.of(page.checkIn()), form);
            }
            CommentsPage page = queries.page(user, id, 0);
            if (!page.mayComment()) {
                throw new NotFoundException();
            }
            model.addAttribute("view", page);
            return "plan/followup/comments";
        }
        comments.comment(user, id, form.getCheckInId(), Texts.clean(form.getBody()));
        Flash.success(redirect, "plan.followup.comment.posted");
        if (form.getCheckInId() != null) {
            return "redirect:/plans/" + id + "/check-ins/" + form.getCheckInId() + "#comments";
        }
        return "plan".equals(form.getFrom()) ? "redirect:/plans/" + id + "#follow-up"
            : "redirect:/plans/" + id + "/comments";
    }
}
