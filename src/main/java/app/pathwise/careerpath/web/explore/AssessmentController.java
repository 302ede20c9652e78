package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.explore.AssessmentItem;
import app.pathwise.careerpath.explore.AssessmentSheet;
import app.pathwise.careerpath.explore.AssessmentSheets;
import app.pathwise.careerpath.web.explore.AssessmentForm.RatingRow;
import app.pathwise.competency.AssessmentService;
import app.pathwise.competency.ProficiencyQueries;
import app.pathwise.competency.RatingInput;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /people/{id}/assessment}: the person rates themself, a manager in their line rates them
 * (confirming the self rating or differing with a comment), HR reads. Anyone else: not found.
 */
@Controller
class AssessmentController {

    private final AssessmentSheets sheets;
    private final AssessmentService assessments;
    private final ProficiencyQueries proficiencies;

    AssessmentController(AssessmentSheets sheets, AssessmentService assessments, ProficiencyQueries proficiencies) {
        this.sheets = sheets;
        this.assessments = assessments;
        this.proficiencies = proficiencies;
    }

    @GetMapping("/people/{id}/assessment")
    String showAssessment(@PathVariable long id, @RequestParam(required = false) Long target,
                          @AuthenticationPrincipal PathwiseUser user, Model model) {
        AssessmentSheet sheet = sheets.sheet(user, id, target);
        return page(model, sheet, AssessmentForm.blank(sheet), target);
    }

    @PostMapping("/people/{id}/assessment")
    String saveAssessment(@PathVariable long id, @RequestParam(required = false) Long target,
                          @ModelAttribute("form") AssessmentForm form, BindingResult binding,
                          @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        AssessmentSheet sheet = sheets.sheet(user, id, target);
        if (!sheet.editable()) {
            throw new NotFoundException();
        }
        List<RatingInput> inputs = new ArrayList<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            RatingRow row = form.getRows().get(i);
            if (row == null || row.getCompetencyId() == null || !sheet.lists(row.getCompetencyId())) {
                throw new NotFoundException();
            }
            String field = "rows[" + i + "]";
            checkRow(sheet, row, field, binding);
            if (row.getLevel() != null) {
                rowOf.put(row.getCompetencyId(), i);
                inputs.add(new RatingInput(row.getCompetencyId(), row.getLevel(), row.getEvidence(), row.getComment()));
            }
        }
        if (inputs.isEmpty() && !binding.hasErrors()) {
            binding.reject("careerpath.assessment.nothing-rated");
        }
        if (binding.hasErrors()) {
            return page(model, sheet, form, target);
        }
        Map<Long, String> problems = sheet.mode() == AssessmentSheet.Mode.SELF ? assessments.rateSelf(user, inputs)
            : assessments.rateAsManager(user, id, inputs);
        if (!problems.isEmpty()) {
            problems.forEach((competency, key) -> binding.rejectValue(
                "rows[" + rowOf.getOrDefault(competency, 0) + "].level", key));
            return page(model, sheet, form, target);
        }
        Flash.success(redirect, sheet.mode() == AssessmentSheet.Mode.SELF ? "careerpath.assessment.saved-self"
            : "careerpath.assessment.saved-manager", inputs.size());
        return "redirect:" + UriComponentsBuilder.fromPath("/people/{id}/assessment")
            .queryParamIfPresent("target", java.util.Optional.ofNullable(target)).buildAndExpand(id).toUriString();
    }

    @GetMapping("/people/{id}/assessment/history/{competencyId}")
    String showHistory(@PathVariable long id, @PathVariable long competencyId,
                       @RequestHeader(value = "HX-Request", required = false) String htmx,
                       @AuthenticationPrincipal PathwiseUser user, Model model) {
        sheets.mode(user, id);
        model.addAttribute("employeeId", id);
        model.addAttribute("competency", sheets.competencyName(competencyId).orElseThrow(NotFoundException::new));
        model.addAttribute("history", proficiencies.history(id, competencyId));
        return htmx != null ? "careerpath/explore/assessment-history :: history" : "careerpath/explore/assessment-history";
    }

    private static void checkRow(AssessmentSheet sheet, RatingRow row, String field, BindingResult binding) {
        if (row.getEvidence() != null && row.getEvidence().strip().length() > RatingRow.MAX_TEXT) {
            binding.rejectValue(field + ".evidence", "careerpath.assessment.too-long", new Object[] {RatingRow.MAX_TEXT},
                null);
        }
        if (row.getComment() != null && row.getComment().strip().length() > RatingRow.MAX_TEXT) {
            binding.rejectValue(field + ".comment", "careerpath.assessment.too-long", new Object[] {RatingRow.MAX_TEXT},
                null);
        }
        if (row.getLevel() == null) {
            if (row.hasText()) {
                binding.rejectValue(field + ".level", "careerpath.assessment.level-needed");
            }
            return;
        }
        AssessmentItem item = sheet.item(row.getCompetencyId());
        if (sheet.mode() == AssessmentSheet.Mode.MANAGER && item.selfLevel() != null
            && !Objects.equals(item.selfLevel(), row.getLevel())
            && (row.getComment() == null || row.getComment().isBlank())) {
            binding.rejectValue(field + ".comment", "careerpath.assessment.comment-required");
        }
    }

    private static String page(Model model, AssessmentSheet sheet, AssessmentForm form, Long target) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("target", target);
        return "careerpath/explore/assessment";
    }
}
