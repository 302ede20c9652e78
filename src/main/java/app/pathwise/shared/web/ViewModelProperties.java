package app.pathwise.shared.web;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
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
 * built a new accessor (about a tenth of a page's time). This accessor is one shared object that an
 * expression keeps, and it finds each getter once per class and name.
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

    /** The accessor itself: getters of {@code app.pathwise.*} types, found once per class and name. */
    static final class Accessor implements PropertyAccessor {

        private static final String PACKAGE = "app.pathwise.";

        private final Map<Class<?>, Map<String, Optional<Method>>> getters = new ConcurrentHashMap<>();

        @Override
        public Class<?>[] getSpecificTargetClasses() {
            return null;
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) {
            return target != null && getter(target.getClass(), name) != null;
        }

        @Override
        public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
            Method getter = target == null ? null : getter(target.getClass(), name);
            if (getter == null) {
                throw new AccessException("No getter " + name);
            }
            try {
                return new TypedValue(getter.invoke(target));
            } catch (ReflectiveOperationException ex) {
                throw new AccessException("Could not read " + name, ex);
            }
        }

        @Override
        public boolean canWrite(EvaluationContext context, Object target, String name) {
            return false;
        }

        @Override
        public void write(EvaluationContext context, Object target, String name, Object newValue)
            throws AccessException {
            throw new AccessException("Templates do not write " + name);
        }

        Method getter(Class<?> type, String name) {
            if (!type.getName().startsWith(PACKAGE)) {
                return null;
            }
            return getters.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> find(type, n)).orElse(null);
        }

        private static Optional<Method> find(Class<?> type, String name) {
            if (name.isEmpty()) {
                return Optional.empty();
            }
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String[] suffixes = name.length() > 1 && Character.isUpperCase(name.charAt(1))
                ? new String[] {name, capitalised} : new String[] {capitalised};
            Method method = null;
            for (int i = 0; i < suffixes.length && method == null; i++) {
                method = publicNoArgument(type, "get" + suffixes[i]);
            }
            for (int i = 0; i < suffixes.length && method == null; i++) {
                Method is = publicNoArgument(type, "is" + suffixes[i]);
                method = is != null && (is.getReturnType() == boolean.class || is.getReturnType() == Boolean.class)
                    ? is : null;
            }
            if (method == null) {
                method = publicNoArgument(type, name);
            }
            return method != null && method.trySetAccessible() ? Optional.of(method) : Optional.empty();
        }

        private static Method publicNoArgument(Class<?> type, String name) {
            try {
                Method method = type.getMethod(name);
                return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class ? null : method;
            } catch (NoSuchMethodException ex) {
                return null;
            }
        }
    }
}
