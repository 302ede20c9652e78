package app.pathwise.people.web;

import app.pathwise.people.importing.ImportKind;
import app.pathwise.people.importing.ImportOutcome;
import app.pathwise.people.importing.ImportPreview;
import app.pathwise.people.importing.ImportRunView;
import app.pathwise.people.importing.PeopleImport;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.Flash;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * {@code /people/import}: upload a CSV file, see what it would do, apply it all or nothing, and
 * read the report. The checked file waits in the session (one per session) until it is applied,
 * cancelled or replaced by another upload.
 */
@Controller
@RequestMapping("/people/import")
class ImportController {

    static final String PENDING = ImportController.class.getName() + ".pending";
    private static final int RECENT_RUNS = 10;
    private static final int REPORT_PAGE_SIZE = 50;

    private final PeopleImport imports;

    ImportController(PeopleImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String showUpload(@RequestParam(name = "too-large", required = false) String tooLarge, Model model) {
        model.addAttribute("tooLarge", tooLarge != null);
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("runs", imports.recentRuns(RECENT_RUNS));
        model.addAttribute("maxMegabytes", PeopleImport.MAX_MEGABYTES);
        model.addAttribute("maxRows", PeopleImport.MAX_ROWS);
        return "people/import";
    }

    @PostMapping
    String uploadFile(@RequestParam(defaultValue = "EMPLOYEES") ImportKind kind,
                      @RequestParam(required = false) MultipartFile file, HttpSession session,
                      RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            Flash.error(redirect, "people.import.no-file");
            return "redirect:/people/import";
        }
        ImportPreview preview = imports.preview(kind, file.getOriginalFilename(), file.getBytes());
        session.setAttribute(PENDING, preview);
        return "redirect:/people/import/preview";
    }

    @GetMapping("/preview")
    String showPreview(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof ImportPreview preview)) {
            return "redirect:/people/import";
        }
        model.addAttribute("preview", preview);
        return "people/import-preview";
    }

    @PostMapping("/apply")
    String applyFile(@RequestParam String token, @AuthenticationPrincipal PathwiseUser user, HttpSession session,
                     RedirectAttributes redirect) {
        ImportPreview preview = take(session, token);
        if (preview == null) {
            Flash.error(redirect, "people.import.stale");
            return "redirect:/people/import";
        }
        ImportOutcome outcome;
        try {
            outcome = imports.apply(preview, user.accountId(), user.email());
        } catch (DataAccessException e) {
            Flash.error(redirect, "people.import.apply-failed");
            return "redirect:/people/import";
        }
        if (outcome instanceof ImportOutcome.Applied applied) {
            Flash.success(redirect, "people.import.applied", applied.counts().created(), applied.counts().changed());
            return "redirect:/people/import/runs/" + applied.runId();
        }
        if (outcome instanceof ImportOutcome.Rejected rejected) {
            session.setAttribute(PENDING, rejected.preview());
            Flash.error(redirect, "people.import.rejected");
        } else if (outcome instanceof ImportOutcome.Outdated outdated) {
            session.setAttribute(PENDING, outdated.preview());
            Flash.error(redirect, "people.import.outdated");
        }
        return "redirect:/people/import/preview";
    }

    @PostMapping("/cancel")
    String cancelPreview(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/people/import";
    }

    @GetMapping("/runs/{id}")
    String showReport(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        ImportRunView run = imports.run(id).orElseThrow(NotFoundException::new);
        model.addAttribute("run", run);
        model.addAttribute("page", imports.runChanges(id, PageView.clampPage(page), REPORT_PAGE_SIZE));
        model.addAttribute("baseUrl", "/people/import/runs/" + id);
        return "people/import-report";
    }

    @GetMapping("/template/{kind}.csv")
    ResponseEntity<byte[]> downloadTemplate(@PathVariable String kind) {
        ImportKind importKind = ImportKind.fromSlug(kind).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(importKind.slug() + ".csv").build().toString())
            .body(imports.template(importKind));
    }

    /** The pending preview if the token is its own, removed so that it is applied at most once. */
    private static ImportPreview take(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(PENDING) instanceof ImportPreview preview && preview.token().equals(token)
                && preview.canApply()) {
                session.removeAttribute(PENDING);
                return preview;
            }
            return null;
        }
    }
}
