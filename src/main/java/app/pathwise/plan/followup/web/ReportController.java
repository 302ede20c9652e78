package app.pathwise.plan.followup.web;

import app.pathwise.plan.followup.FollowUpOutcome;
import app.pathwise.plan.followup.ReportPeriod;
import app.pathwise.plan.followup.ReportQueries;
import app.pathwise.plan.followup.ReportService;
import app.pathwise.plan.followup.ReportsPage;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import app.pathwise.shared.web.Formats;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
 * {@code /plans/{id}/reports}: the plan's reporting periods with their reports, for everyone who may
 * read the plan; the employee writes the report of a period.
 */
@Controller
class ReportController {

    private final ReportQueries queries;
    private final ReportService reports;
    private final Formats fmt;

    ReportController(ReportQueries queries, ReportService reports, Formats fmt) {
        this.queries = queries;
        this.reports = reports;
        this.fmt = fmt;
    }

    @GetMapping("/plans/{id}/reports")
    String showReports(@PathVariable long id,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
                       @AuthenticationPrincipal PathwiseUser user, Model model) {
        ReportsPage page = queries.page(user, id);
        ReportForm form = new ReportForm();
        form.setPeriodStart(page.open().stream().map(ReportPeriod::start).filter(s -> s.equals(period)).findFirst()
            .orElse(page.open().isEmpty() ? null : page.open().get(0).start()));
        model.addAttribute("view", page);
        model.addAttribute("form", form);
        model.addAttribute("formShown", page.mayReport());
        return "plan/followup/reports";
    }

    @PostMapping("/plans/{id}/reports")
    String submitReport(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                        @Valid @ModelAttribute("form") ReportForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            FollowUpOutcome outcome = reports.submit(user, id, form.getPeriodStart(), Texts.clean(form.getProgress()),
                Texts.clean(form.getLearningApplied()));
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.followup.report.submitted");
                return "redirect:/plans/" + id + "/reports";
            }
            Refusals.reject(outcome, binding, fmt);
        }
        ReportsPage page = queries.page(user, id);
        if (!page.party().owner()) {
            throw new NotFoundException();
        }
        model.addAttribute("view", page);
        model.addAttribute("formShown", true);
        return "plan/followup/reports";
    }
}
