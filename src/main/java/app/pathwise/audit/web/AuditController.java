package app.pathwise.audit.web;

import app.pathwise.audit.AuditQueries;
import app.pathwise.shared.PageView;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /admin/audit}: the audit log for administrators, newest first. */
@Controller
class AuditController {

    private final AuditQueries audit;

    AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String showAuditLog(@RequestParam(required = false) String type, @RequestParam(required = false) Long entity,
                        @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", audit.entries(type, entity, PageView.clampPage(page), 50));
        model.addAttribute("type", type);
        model.addAttribute("types", AuditQueries.ENTITY_TYPES);
        model.addAttribute("entity", entity);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/audit")
            .queryParamIfPresent("type", Optional.ofNullable(type).filter(s -> !s.isBlank()))
            .queryParamIfPresent("entity", Optional.ofNullable(entity)).encode().build().toUriString());
        return "audit/log";
    }
}
