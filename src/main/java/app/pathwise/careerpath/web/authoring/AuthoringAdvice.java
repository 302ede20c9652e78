package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.AuthoringRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A step the path's state does not allow (changing a version that is no longer a draft, a second
 * open version) answers 409 with the reason and a way back to the path; nothing was changed.
 */
@ControllerAdvice(basePackageClasses = AuthoringAdvice.class)
class AuthoringAdvice {

    @ExceptionHandler(AuthoringRefusal.class)
    ModelAndView refused(AuthoringRefusal refusal) {
        ModelAndView view = new ModelAndView("careerpath/authoring/refused");
        view.addObject("reasonKey", refusal.messageKey());
        view.addObject("reasonArgs", refusal.args());
        view.addObject("pathId", refusal.pathId());
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }
}
