package app.pathwise.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Reading properties of the application's own view models ({@code app.pathwise.*} records and classes)
 * in templates, without asking again for every read. Spring's reflective accessor, which Thymeleaf
 * wraps with its list of forbidden types, cannot be remembered by an expression between two reads:
 * each {@code ${row.name}} looked the property up again, checked it against the forbidden types and
 * built a new accessor (about a tenth of a page's time). With this one, an expression keeps the
 * getter it found, and the SpEL compiler ({@code spring.thymeleaf.enable-spring-el-compiler}) can
 * compile the expression into direct calls.
 *
 * <p>It reads what Spring's accessor would read, in the same order: {@code getName()}, {@code isName()}
 * for a boolean, then a plain {@code name()} (a record's accessor); anything else (public fields, types of other
 * packages, names without such a method) is left to Thymeleaf's own accessor, forbidden types and all.
 * The dialect's pre-processor adds it to each page's evaluation context before the forbidden-types
 * accessor.
 */
@Component
public class ViewModelProperties extends AbstractDialect implements IPreProcessorDialect {

    static final Accessor ACCESSOR = new Accessor();

    public ViewModelProperties() {
        super("pathwise-view-model-properties");
    }

    @Override
    public int getDialectPreProcessorPrecedence() {
        return 0;
    }

    @Override
    public Set<IPreProcessor> getPreProcessors() {
        return Set.of(new PreProcessor(TemplateMode.HTML, Installer.class, 0));
    }

    /** Adds the accessor to the evaluation context of the template being processed, once. */
    public static final class Installer extends AbstractTemplateHandler {

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            Object evaluation = context.getVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
            if (evaluation instanceof StandardEvaluationContext standard
                && !standard.getPropertyAccessors().contains(ACCESSOR)) {
                standard.addPropertyAccessor(ACCESSOR);
            }
        }
    }

    /**
     * The accessor itself: Spring's reflective accessor, limited to reading instance getters of
     * {@code app.pathwise.*} types. Being Spring's, an expression keeps the accessor it makes for each
     * property (found once per class and name), and the SpEL compiler can turn the expression into
     * direct calls of the getters.
     */
    static final class Accessor extends ReflectivePropertyAccessor {

        private static final String PACKAGE = "app.pathwise.";

        /** Read-only: templates never write. */
        Accessor() {
            super(false);
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
            return target != null && target.getClass().getName().startsWith(PACKAGE)
                && super.canRead(context, target, name);
        }

        /** Instance getters only. */
        @Override
        protected boolean isCandidateForProperty(Method method, Class<?> targetClass) {
            return !Modifier.isStatic(method.getModifiers()) && super.isCandidateForProperty(method, targetClass);
        }

        /** No fields: view models are read through their methods. */
        @Override
        protected Field findField(String name, Class<?> clazz, boolean mustBeStatic) {
            return null;
        }
    }
}
