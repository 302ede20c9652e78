package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.PathVersionHistory;
import app.pathwise.careerpath.authoring.AuthoringQueries;
import app.pathwise.careerpath.authoring.AuthoringViews.PathView;
import app.pathwise.careerpath.authoring.AuthoringViews.VersionPage;
import app.pathwise.careerpath.authoring.AuthoringViews.VersionView;
import app.pathwise.careerpath.authoring.PathGuidance;
import app.pathwise.careerpath.authoring.PathService;
import app.pathwise.careerpath.authoring.VersionStatus;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A path's versions and one version's page: what it says, where it stands, and the step each role
 * may take from there (HR edits, submits and publishes; an executive approves or sends back).
 * Executives read everything here and change nothing but decisions.
 */
@Controller
@RequestMapping("/framework/paths/{pathId}")
class PathVersionController {

    private final AuthoringQueries queries;
    private final PathService paths;
    private final PathVersionHistory history;

    PathVersionController(AuthoringQueries queries, PathService paths, PathVersionHistory history) {
        this.queries = queries;
        this.paths = paths;
        this.history = history;
    }

    @GetMapping
    String showPath(@PathVariable long pathId, @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireReader(user);
        model.addAttribute("pathPage", queries.path(pathId).orElseThrow(NotFoundException::new));
        model.addAttribute("isHr", Roles.isHr(user));
        return "careerpath/authoring/path";
    }

    @GetMapping("/history")
    String showHistory(@PathVariable long pathId, @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireReader(user);
        PathView path = queries.path(pathId).orElseThrow(NotFoundException::new);
        model.addAttribute("pathPage", path);
        model.addAttribute("history", history.changes(pathId));
        return "careerpath/authoring/history";
    }

    @PostMapping("/versions")
    String startNewVersion(@PathVariable long pathId, @AuthenticationPrincipal PathwiseUser user,
                           RedirectAttributes redirect) {
        Roles.requireHr(user);
        long versionId = paths.startNewVersion(pathId, user.accountId());
        Flash.success(redirect, "careerpath.authoring.version.started");
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId;
    }

    @GetMapping("/versions/{versionId}")
    String showVersion(@PathVariable long pathId, @PathVariable long versionId,
                       @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireReader(user);
        return versionPage(pathId, versionId, user, model);
    }

    @PostMapping("/versions/{versionId}/details")
    String describeVersion(@PathVariable long pathId, @PathVariable long versionId,
                           @Valid @ModelAttribute("detailsForm") VersionDetailsForm form, BindingResult binding,
                           @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        Roles.requireHr(user);
        if (!binding.hasErrors()) {
            FrameworkPathsController.reject(paths.describeVersion(pathId, versionId, form.getVersion(), form.name(),
                form.description()), binding);
        }
        if (binding.hasErrors()) {
            return versionPage(pathId, versionId, user, model);
        }
        Flash.success(redirect, "careerpath.authoring.version.saved");
        return redirectTo(pathId, versionId);
    }

    @PostMapping("/versions/{versionId}/submit")
    String submitVersion(@PathVariable long pathId, @PathVariable long versionId,
                         @ModelAttribute("submitForm") DecisionForm form, @AuthenticationPrincipal PathwiseUser user,
                         RedirectAttributes redirect) {
        Roles.requireHr(user);
        int levels = paths.submit(pathId, versionId, form.getVersion(), user.accountId());
        Flash.success(redirect, "careerpath.authoring.version.submitted");
        if (PathGuidance.outside(levels)) {
            redirect.addFlashAttribute("submittedOutsideGuidance", levels);
        }
        return redirectTo(pathId, versionId);
    }

    @PostMapping("/versions/{versionId}/approve")
    String approveVersion(@PathVariable long pathId, @PathVariable long versionId,
                          @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
                          @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        Roles.requireExecutive(user);
        if (binding.hasErrors()) {
            return versionPage(pathId, versionId, user, model);
        }
        paths.approve(pathId, versionId, form.getVersion(), user.accountId(), form.getComment());
        Flash.success(redirect, "careerpath.authoring.version.approved");
        return redirectTo(pathId, versionId);
    }

    @PostMapping("/versions/{versionId}/send-back")
    String sendBackVersion(@PathVariable long pathId, @PathVariable long versionId,
                           @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
                           @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        Roles.requireExecutive(user);
        if (!binding.hasErrors()) {
            FrameworkPathsController.reject(paths.sendBack(pathId, versionId, form.getVersion(), user.accountId(),
                form.getComment()), binding);
        }
        if (binding.hasErrors()) {
            return versionPage(pathId, versionId, user, model);
        }
        Flash.success(redirect, "careerpath.authoring.version.sent-back");
        return redirectTo(pathId, versionId);
    }

    @PostMapping("/versions/{versionId}/publish")
    String publishVersion(@PathVariable long pathId, @PathVariable long versionId,
                          @Valid @ModelAttribute("publishForm") PublishForm form, BindingResult binding,
                          @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        Roles.requireHr(user);
        if (!binding.hasErrors()) {
            FrameworkPathsController.reject(paths.publish(pathId, versionId, form.getVersion(), form.getChangeNote()),
                binding);
        }
        if (binding.hasErrors()) {
            return versionPage(pathId, versionId, user, model);
        }
        Flash.success(redirect, "careerpath.authoring.version.published");
        return redirectTo(pathId, versionId);
    }

    private String versionPage(long pathId, long versionId, PathwiseUser user, Model model) {
        VersionPage page = queries.version(pathId, versionId).orElseThrow(NotFoundException::new);
        VersionView version = page.version();
        boolean hr = Roles.isHr(user);
        model.addAttribute("page", page);
        model.addAttribute("v", version);
        model.addAttribute("canEdit", hr && version.status() == VersionStatus.DRAFT);
        model.addAttribute("canDecide", Roles.isExecutive(user) && version.status() == VersionStatus.SUBMITTED);
        model.addAttribute("canPublish", hr && version.status() == VersionStatus.APPROVED);
        model.addAttribute("changes", version.status().isOpen()
            ? queries.changesSincePublished(pathId, versionId).orElse(null) : null);
        if (!model.containsAttribute("detailsForm")) {
            VersionDetailsForm details = new VersionDetailsForm();
            details.setNameEn(version.name().en());
            details.setNameVi(version.name().vi());
            details.setNameZh(version.name().zh());
            details.setDescriptionEn(version.description().en());
            details.setDescriptionVi(version.description().vi());
            details.setDescriptionZh(version.description().zh());
            details.setVersion(version.version());
            model.addAttribute("detailsForm", details);
        }
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm decision = new DecisionForm();
            decision.setVersion(version.version());
            model.addAttribute("decisionForm", decision);
        }
        if (!model.containsAttribute("publishForm")) {
            PublishForm publish = new PublishForm();
            publish.setVersion(version.version());
            model.addAttribute("publishForm", publish);
        }
        return "careerpath/authoring/version";
    }

    private static String redirectTo(long pathId, long versionId) {
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId;
    }
}
