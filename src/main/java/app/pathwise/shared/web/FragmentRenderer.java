package app.pathwise.shared.web;

import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a template to HTML for the current request, outside the page's own view:
 * for parts of pages that are kept rendered ({@link PartCache}). Messages come in the request's
 * language, links are built for the request, and {@code @bean} references and conversions work as in
 * a page. What only a page's view provides is not there: no CSRF field is added to forms, so a kept
 * part holds no form that changes anything.
 */
@Component
public class FragmentRenderer {

    private final ITemplateEngine templates;
    private final JakartaServletWebApplication application;
    private final ApplicationContext applicationContext;
    private final ConversionService conversions;

    FragmentRenderer(ITemplateEngine templates, ServletContext servletContext, ApplicationContext applicationContext,
                     @Qualifier("mvcConversionService") ConversionService conversions) {
        this.templates = templates;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
        this.applicationContext = applicationContext;
        this.conversions = conversions;
    }

    /** The fragment {@code fragment} of {@code template}, rendered with these variables. */
    public String render(String template, String fragment, Map<String, ?> variables) {
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        WebContext context = new WebContext(application.buildExchange(request.getRequest(), request.getResponse()),
            LocaleContextHolder.getLocale());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
            new ThymeleafEvaluationContext(applicationContext, conversions));
        variables.forEach(context::setVariable);
        return templates.process(template, Set.of(fragment), context);
    }
}
