package app.pathwise.shared.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a template to HTML for the current request, outside the page's own view:
 * for parts of pages that are kept rendered ({@link PartCache}). Messages come in the request's
 * language, links are built for the request, and {@code @bean} references and conversions work as in
 * a page. {@link #render} gives no form a CSRF field, so what it renders holds no form that changes
 * anything; {@link #renderWithForms} binds forms as a page's view does and puts a mark where each form's
 * token goes, where the page that shows the part ({@link EncodedPart}) puts its own request's token. A
 * kept part thus never carries one reader's token to another.
 */
@Component
public class FragmentRenderer {

    /** What a part rendered with forms holds in place of the CSRF token. */
    static final String TOKEN_MARK = "pw-kept-part-csrf-token";

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
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        return process(current.getRequest(), current.getResponse(), template, fragment, variables);
    }

    /**
     * The fragment rendered as a page's view renders it, forms included: {@code th:field} binds to the
     * form objects among the variables (and to their binding results, errors and all), and every form
     * that changes something gets a CSRF field holding {@link #TOKEN_MARK}.
     */
    public String renderWithForms(String template, String fragment, Map<String, ?> variables) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = new MarkedTokenRequest(current.getRequest());
        Map<String, Object> model = new HashMap<>(variables);
        RequestContext spring = new RequestContext(request, current.getResponse(), request.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
            new SpringWebMvcThymeleafRequestContext(spring, request));
        return process(request, current.getResponse(), template, fragment, model);
    }

    private String process(HttpServletRequest request, HttpServletResponse response, String template, String fragment,
                           Map<String, ?> variables) {
        WebContext context = new WebContext(application.buildExchange(request, response),
            LocaleContextHolder.getLocale());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
            new ThymeleafEvaluationContext(applicationContext, conversions));
        variables.forEach(context::setVariable);
        return templates.process(template, Set.of(fragment), context);
    }

    /** The request's CSRF token, as its forms carry it (empty when the request has none). */
    static String tokenOf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : token.getToken();
    }

    /** The request as the rendering sees it: its CSRF token is the mark. */
    private static final class MarkedTokenRequest extends HttpServletRequestWrapper {

        MarkedTokenRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = super.getAttribute(name);
            if (value instanceof CsrfToken token && (CsrfToken.class.getName().equals(name) || "_csrf".equals(name))) {
                return new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_MARK);
            }
            return value;
        }
    }
}
