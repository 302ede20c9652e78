package app.pathwise.plan.web;

import app.pathwise.plan.PlanRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The plan pages' answers to a refused step and to a stale form. A step the plan's state does not
 * allow answers 409 with the reason and the way back to the plan. A stale form (someone changed the
 * plan, goal or action meanwhile) answers 409 too, saves nothing, and shows back what the user wrote
 * so they can copy it into the current version: nothing is lost. So does a change the database refused
 * because another one took the same rows in the other order (a deadlock, ADR 0016): it was rolled back
 * whole, as a stale form is.
 */
@ControllerAdvice(basePackageClasses = PlanAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanAdvice {

    /** Form fields whose text is shown back after a conflict, in this order. */
    static final List<String> TEXT_FIELDS = List.of("title", "strengths", "developmentAreas", "targetText", "why",
        "description", "evidenceText", "evidenceUrl", "completionNote", "whatHelped", "whatToKeep", "comment");

    @ExceptionHandler(PlanRefusal.class)
    ModelAndView refused(PlanRefusal refusal) {
        ModelAndView view = new ModelAndView("plan/refused");
        view.addObject("reasonKey", refusal.messageKey());
        view.addObject("reasonArgs", refusal.args());
        view.addObject("planId", refusal.planId());
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView conflict(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("plan/conflict");
        view.addObject("planId", planId(request));
        List<Written> written = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            String value = request.getParameter(field);
            if (value != null && !value.isBlank()) {
                written.add(new Written(field, value.strip()));
            }
        }
        view.addObject("written", written);
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }

    /** A text the user wrote in the stale form, with the field it was for. */
    record Written(String field, String text) {
    }

    private static Long planId(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            Object id = map.containsKey("planId") ? map.get("planId") : map.get("id");
            if (id != null) {
                try {
                    return Long.valueOf(id.toString());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
