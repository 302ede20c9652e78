package app.pathwise.shared.web;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The application's message source: the {@code spring.messages.*} bundles, as Spring Boot would
 * configure them, but each language's six families merged into one map when first used. A page
 * looks up a hundred or more keys; the plain source searched the families one by one for each of
 * them, and formatted messages with arguments on one shared {@link MessageFormat} per key under a
 * lock, which made concurrent requests queue behind each other. Here a key is one map lookup, and
 * a message with arguments is formatted on a copy of its parsed format. The lookup order is
 * unchanged: families in the configured order, within a family the language, then the base file.
 * With {@code spring.messages.cache-duration} set (bundles reloaded), the plain lookups are kept.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    @Bean
    MessageSource messageSource(Environment environment) {
        MessageSourceProperties properties = Binder.get(environment)
            .bind("spring.messages", MessageSourceProperties.class).orElseGet(MessageSourceProperties::new);
        MergedMessageSource source = new MergedMessageSource(properties.getCacheDuration() == null);
        List<String> basenames = properties.getBasename();
        if (basenames != null && !basenames.isEmpty()) {
            source.setBasenames(basenames.stream()
                .flatMap(name -> List.of(StringUtils.commaDelimitedListToStringArray(
                    StringUtils.trimAllWhitespace(name))).stream())
                .toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        Duration cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            source.setCacheMillis(cacheDuration.toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** Resource bundles merged per language; see {@link MessageBundles}. */
    static final class MergedMessageSource extends ResourceBundleMessageSource {

        private final boolean merge;
        private final Map<Locale, Map<String, String>> messages = new ConcurrentHashMap<>();
        private final Map<Locale, Map<String, Parsed>> formats = new ConcurrentHashMap<>();
        private final ThreadLocal<Map<Locale, NumberFormat>> numbers = ThreadLocal.withInitial(HashMap::new);

        MergedMessageSource(boolean merge) {
            this.merge = merge;
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return merge ? messagesIn(locale).get(code) : super.resolveCodeWithoutArguments(code, locale);
        }

        /** A copy of the key's parsed format: the caller formats on it alone, no lock is shared. */
        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            if (!merge) {
                return super.resolveCode(code, locale);
            }
            Parsed parsed = parsed(code, locale);
            return parsed == null ? null : (MessageFormat) parsed.format().clone();
        }

        /**
         * A message with arguments, formatted as {@link MessageFormat} would: numbers in a plain
         * placeholder ({@code {0}}) are written with the language's number format, which is kept per
         * thread here instead of being looked up again for every number of every message.
         */
        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (!merge || code == null || args == null || args.length == 0 || isAlwaysUseMessageFormat()) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale in = locale == null ? Locale.getDefault() : locale;
            Parsed parsed = parsed(code, in);
            if (parsed == null) {
                return super.getMessageInternal(code, args, locale);
            }
            Object[] resolved = resolveArguments(args, in);
            for (int i = 0; i < resolved.length && i < parsed.plain().length; i++) {
                if (parsed.plain()[i] && resolved[i] instanceof Number number) {
                    resolved[i] = numbers.get().computeIfAbsent(in, NumberFormat::getInstance).format(number);
                }
            }
            return ((MessageFormat) parsed.format().clone()).format(resolved);
        }

        private Parsed parsed(String code, Locale locale) {
            Map<String, Parsed> known = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
            Parsed parsed = known.get(code);
            if (parsed == null) {
                String message = messagesIn(locale).get(code);
                if (message == null) {
                    return null;
                }
                parsed = Parsed.of(createMessageFormat(message, locale));
                known.putIfAbsent(code, parsed);
            }
            return parsed;
        }

        private Map<String, String> messagesIn(Locale locale) {
            Map<String, String> merged = messages.get(locale);
            if (merged == null) {
                merged = messages.computeIfAbsent(locale, this::merge);
            }
            return merged;
        }

        private Map<String, String> merge(Locale locale) {
            Map<String, String> merged = new HashMap<>();
            for (String basename : getBasenameSet()) {
                ResourceBundle bundle = getResourceBundle(basename, locale);
                if (bundle != null) {
                    for (String key : bundle.keySet()) {
                        merged.putIfAbsent(key, bundle.getString(key));
                    }
                }
            }
            return Map.copyOf(merged);
        }

        /**
         * A parsed message, and for each argument whether every place it appears is a plain {@code {n}}
         * (no type, no style, not inside a choice), where a number may be written in advance.
         */
        private record Parsed(MessageFormat format, boolean[] plain) {

            static Parsed of(MessageFormat format) {
                Format[] byArgument = format.getFormatsByArgumentIndex();
                String pattern = format.toPattern();
                boolean[] plain = new boolean[byArgument.length];
                for (int i = 0; i < byArgument.length; i++) {
                    plain[i] = byArgument[i] == null && !pattern.contains("{" + i + ",");
                }
                return new Parsed(format, plain);
            }
        }
    }
}
