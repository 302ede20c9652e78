package app.pathwise.shared.web;

import java.text.MessageFormat;
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
        private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

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
            Map<String, MessageFormat> parsed = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
            MessageFormat format = parsed.get(code);
            if (format == null) {
                String message = messagesIn(locale).get(code);
                if (message == null) {
                    return null;
                }
                format = createMessageFormat(message, locale);
                parsed.putIfAbsent(code, format);
            }
            return (MessageFormat) format.clone();
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
    }
}
