package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.transfer.ExportScope;
import app.pathwise.careerpath.authoring.transfer.FrameworkTransfer;
import app.pathwise.careerpath.authoring.transfer.RecordType;
import app.pathwise.careerpath.authoring.transfer.TransferOutcome;
import app.pathwise.careerpath.authoring.transfer.TransferPreview;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.web.Flash;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Export and import of the framework and the paths: HR and executives download the file; HR uploads
 * one, sees what it would do with the problems row by row, and applies it all or nothing. The checked
 * file waits in the session until it is applied, cancelled or replaced.
 */
@Controller
class TransferController {

    static final String PENDING = TransferController.class.getName() + ".pending";

    private final FrameworkTransfer transfer;
    private final Clock clock;

    TransferController(FrameworkTransfer transfer, Clock clock) {
        this.transfer = transfer;
        this.clock = clock;
    }

    @GetMapping("/framework/paths/transfer")
    String showTransfer(@RequestParam(name = "too-large", required = false) String tooLarge,
                        @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireReader(user);
        model.addAttribute("tooLarge", tooLarge != null);
        model.addAttribute("isHr", Roles.isHr(user));
        model.addAttribute("scopes", ExportScope.values());
        model.addAttribute("recordTypes", RecordType.values());
        model.addAttribute("maxMegabytes", FrameworkTransfer.MAX_MEGABYTES);
        return "careerpath/authoring/transfer";
    }

    @GetMapping("/framework/paths/export.csv")
    ResponseEntity<byte[]> downloadExport(@RequestParam(defaultValue = "PUBLISHED") ExportScope scope,
                                  @AuthenticationPrincipal PathwiseUser user) {
        Roles.requireReader(user);
        String name = "career-paths-" + scope.name().toLowerCase(java.util.Locale.ROOT) + "-" + LocalDate.now(clock)
            + ".csv";
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(transfer.export(scope));
    }

    @PostMapping("/framework/paths/import")
    String uploadFile(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal PathwiseUser user,
                      HttpSession session, RedirectAttributes redirect) throws IOException {
        Roles.requireHr(user);
        if (file == null || file.isEmpty()) {
            Flash.error(redirect, "careerpath.authoring.import.no-file");
            return "redirect:/framework/paths/transfer";
        }
        session.setAttribute(PENDING, transfer.preview(file.getOriginalFilename(), file.getBytes()));
        return "redirect:/framework/paths/import/preview";
    }

    @GetMapping("/framework/paths/import/preview")
    String showPreview(@AuthenticationPrincipal PathwiseUser user, HttpSession session, Model model) {
        Roles.requireHr(user);
        if (!(session.getAttribute(PENDING) instanceof TransferPreview preview)) {
            return "redirect:/framework/paths/transfer";
        }
        model.addAttribute("preview", preview);
        return "careerpath/authoring/import-preview";
    }

    @PostMapping("/framework/paths/import/apply")
    String applyFile(@RequestParam String token, @AuthenticationPrincipal PathwiseUser user, HttpSession session,
                     RedirectAttributes redirect) {
        Roles.requireHr(user);
        TransferPreview preview = take(session, token);
        if (preview == null) {
            Flash.error(redirect, "careerpath.authoring.import.stale");
            return "redirect:/framework/paths/transfer";
        }
        TransferOutcome outcome;
        try {
            outcome = transfer.apply(preview, user.accountId());
        } catch (DataAccessException e) {
            Flash.error(redirect, "careerpath.authoring.import.apply-failed");
            return "redirect:/framework/paths/transfer";
        }
        if (outcome instanceof TransferOutcome.Applied applied) {
            Flash.success(redirect, "careerpath.authoring.import.applied", applied.created(), applied.updated(),
                applied.newVersions());
            return "redirect:/framework/paths";
        }
        if (outcome instanceof TransferOutcome.Rejected rejected) {
            session.setAttribute(PENDING, rejected.preview());
            Flash.error(redirect, "careerpath.authoring.import.rejected");
        } else if (outcome instanceof TransferOutcome.Outdated outdated) {
            session.setAttribute(PENDING, outdated.preview());
            Flash.error(redirect, "careerpath.authoring.import.outdated");
        }
        return "redirect:/framework/paths/import/preview";
    }

    @PostMapping("/framework/paths/import/cancel")
    String cancelPreview(@AuthenticationPrincipal PathwiseUser user, HttpSession session) {
        Roles.requireHr(user);
        session.removeAttribute(PENDING);
        return "redirect:/framework/paths/transfer";
    }

    /** The pending preview if the token is its own, removed so that it is applied at most once. */
    private static TransferPreview take(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(PENDING) instanceof TransferPreview preview && preview.token().equals(token)
                && preview.canApply()) {
                session.removeAttribute(PENDING);
                return preview;
            }
            return null;
        }
    }
}
