package app.pathwise.objective.web;

import app.pathwise.objective.KeyResultKind;
import app.pathwise.objective.ObjectiveQueries;
import app.pathwise.objective.domain.KeyResultRules;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every objective page may show: the behind-pace margin its explanation quotes, the limits of key results. */
@ControllerAdvice(basePackageClasses = ObjectiveModelAdvice.class)
class ObjectiveModelAdvice {

    @ModelAttribute("behindMargin")
    int behindMargin() {
        return ObjectiveQueries.BEHIND_MARGIN;
    }

    @ModelAttribute("maxMilestones")
    int maxMilestones() {
        return KeyResultKind.MAX_MILESTONES;
    }

    @ModelAttribute("keyResultKinds")
    KeyResultKind[] keyResultKinds() {
        return KeyResultKind.values();
    }

    @ModelAttribute("maxKeyResults")
    int maxKeyResults() {
        return KeyResultRules.MAX_KEY_RESULTS;
    }
}
