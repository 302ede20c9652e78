package app.pathwise.notification.web;

import app.pathwise.notification.InboxPage;
import app.pathwise.notification.InboxService;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.Flash;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /inbox}: the signed-in employee's notices, the unread count the layout loads with htmx, and
 * marking read. The reader is the principal's employee id, read through an expression so that this
 * module does not depend on the security module (which sends notices itself).
 */
@Controller
class InboxController {

    static final int PAGE_SIZE = 20;

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String showInbox(@AuthenticationPrincipal(expression = "employeeId()") Long employeeId,
                     @RequestParam(required = false) Integer page, Locale locale, Model model) {
        InboxPage inboxPage = employeeId == null ? InboxPage.empty(PAGE_SIZE)
            : inbox.listNotices(employeeId, PageView.clampPage(page), PAGE_SIZE, locale);
        model.addAttribute("page", inboxPage.notices());
        model.addAttribute("unread", inboxPage.unread());
        model.addAttribute("baseUrl", "/inbox");
        return "notification/inbox";
    }

    /** The badge in the header: loaded with htmx after each page, so pages pay no statement for it. */
    @GetMapping("/inbox/unread-count")
    String showUnreadCount(@AuthenticationPrincipal(expression = "employeeId()") Long employeeId, Model model) {
        model.addAttribute("unread", employeeId == null ? 0L : inbox.countUnread(employeeId));
        return "notification/unread-count :: badge";
    }

    /** Opening a notice marks it read and leads to its page (always a path of this application). */
    @GetMapping("/inbox/{id}")
    String openNotice(@AuthenticationPrincipal(expression = "employeeId()") Long employeeId, @PathVariable long id) {
        if (employeeId == null) {
            throw new NotFoundException();
        }
        return "redirect:" + inbox.openNotice(employeeId, id);
    }

    @PostMapping("/inbox/read")
    String markAllRead(@AuthenticationPrincipal(expression = "employeeId()") Long employeeId,
                       RedirectAttributes redirect) {
        if (employeeId != null) {
            inbox.markAllRead(employeeId);
        }
        Flash.success(redirect, "notification.inbox.all-read");
        return "redirect:/inbox";
    }
}
