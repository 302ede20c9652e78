package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The merged message source says exactly what Spring's plain resource bundle source says, for every key
 * of every bundle in every language, with numbers (which it writes in advance where a placeholder is
 * plain) and with text.
 */
class MessageBundlesTests {

    static final String[] BASENAMES = {"i18n/messages", "i18n/notification", "i18n/objective", "i18n/plan",
        "i18n/team", "i18n/followup"};
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"), Locale.SIMPLIFIED_CHINESE);

    @Test
    void everyMessageReadsAsThePlainSourceWouldWriteIt() {
        MessageSource merged = merged();
        ResourceBundleMessageSource plain = new ResourceBundleMessageSource();
        plain.setBasenames(BASENAMES);
        plain.setDefaultEncoding("UTF-8");
        plain.setFallbackToSystemLocale(false);
        Object[][] argumentSets = {
            {12345, 1, 2, 3L, 4, 5},
            {1, 0, 1, 1, 1, 1},
            {0, 2_000_000L, 7.5, 12, 13, 14},
            {"Nguyễn Văn An", "二", "<b>", "x", "y", "z"},
        };
        int checked = 0;
        for (Locale locale : LOCALES) {
            for (String basename : BASENAMES) {
                java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(basename, locale);
                for (String key : bundle.keySet()) {
                    for (Object[] arguments : argumentSets) {
                        String expected;
                        try {
                            expected = plain.getMessage(key, arguments, locale);
                        } catch (IllegalArgumentException notForTheseArguments) {
                            continue;
                        }
                        assertThat(merged.getMessage(key, arguments, locale)).as(key + " " + locale)
                            .isEqualTo(expected);
                        checked++;
                    }
                    assertThat(merged.getMessage(key, null, locale)).isEqualTo(plain.getMessage(key, null, locale));
                }
            }
        }
        assertThat(checked).isGreaterThan(3_000);
    }

    @Test
    void numbersAreWrittenInTheReadersLanguage() {
        MessageSource merged = merged();
        assertThat(merged.getMessage("careerpath.explorer.years", new Object[] {12345}, Locale.ENGLISH))
            .contains("12,345");
        assertThat(merged.getMessage("careerpath.explorer.years", new Object[] {12345}, Locale.forLanguageTag("vi")))
            .contains("12.345");
    }

    private static MessageSource merged() {
        StandardEnvironment environment = new StandardEnvironment();
        Properties properties = new Properties();
        properties.setProperty("spring.messages.basename", String.join(",", BASENAMES));
        properties.setProperty("spring.messages.encoding", "UTF-8");
        properties.setProperty("spring.messages.fallback-to-system-locale", "false");
        environment.getPropertySources().addFirst(new PropertiesPropertySource("test", properties));
        return new MessageBundles().messageSource(environment);
    }
}
