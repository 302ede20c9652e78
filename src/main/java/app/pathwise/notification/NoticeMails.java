package app.pathwise.notification;

import app.pathwise.notification.NoticeTexts.Text;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the e-mail copy of a notice in the recipient's language: the notice's title as subject, its
 * body as plain text and simple HTML ({@code templates/notification/mail.html}), a link to its page
 * under {@code pathwise.base-url}, and a footer saying where to turn e-mail off.
 */
@Component
class NoticeMails {

    static final String SETTINGS_PATH = "/settings";

    private final NoticeTexts texts;
    private final ITemplateEngine templates;
    private final MailSettings settings;
    private final String baseUrl;

    NoticeMails(NoticeTexts texts, ITemplateEngine templates, MailSettings settings,
                @Value("${pathwise.base-url:http://localhost:8080}") String baseUrl) {
        this.texts = texts;
        this.templates = templates;
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    MimeMessage compose(MimeMessage message, OutgoingMail mail) throws MessagingException {
        Locale locale = Locale.forLanguageTag(mail.language());
        Text text = texts.render(mail.kind(), mail.arguments(), locale);
        String url = baseUrl + NoticeLinks.target(mail.link());
        String settingsUrl = baseUrl + SETTINGS_PATH;
        String open = texts.message("notification.mail.open", locale);
        String footer = texts.message("notification.mail.footer", locale);

        Context context = new Context(locale);
        context.setVariable("language", mail.language());
        context.setVariable("text", text);
        context.setVariable("url", url);
        context.setVariable("settingsUrl", settingsUrl);
        String html = templates.process("notification/mail", context);
        String plain = text.title() + "\n\n" + text.body() + "\n\n" + open + ": " + url + "\n\n-- \n" + footer
            + "\n" + settingsUrl + "\n";

        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.address());
        helper.setSubject(text.title());
        helper.setText(plain, html);
        message.setHeader("Content-Language", mail.language());
        return message;
    }
}
