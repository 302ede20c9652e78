package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.PageView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Templates read the application's view models through {@link ViewModelProperties} exactly as through
 * Spring's reflective accessor, and it never reads anything outside the application's packages.
 */
class ViewModelPropertiesTests {

    final ViewModelProperties.Accessor fast = new ViewModelProperties.Accessor();
    final ReflectivePropertyAccessor spring = new ReflectivePropertyAccessor();
    final StandardEvaluationContext context = new StandardEvaluationContext();

    public record Sample(String name, boolean yours, Boolean open, int getCount, String getURL) {

        public int count() {
            return -1;
        }

        public String getLabel() {
            return "label of " + name;
        }

        public static String shared() {
            return "static";
        }
    }

    @Test
    void readsWhatSpringReadsInTheSameOrder() throws Exception {
        Sample sample = new Sample("Lan", true, Boolean.FALSE, 3, "https://example.com");
        PageView<String> page = new PageView<>(List.of("a", "b"), 1, 25, 40);
        LocalizedText text = new LocalizedText("Engineer", "Kỹ sư", "工程师");
        Object[][] reads = {{sample, "name"}, {sample, "yours"}, {sample, "open"}, {sample, "label"},
            {sample, "getCount"}, {sample, "count"}, {sample, "URL"}, {sample, "getURL"}, {page, "rows"},
            {page, "total"}, {page, "page"}, {text, "en"}, {text, "vi"}};
        for (Object[] read : reads) {
            String name = (String) read[1];
            assertThat(fast.canRead(context, read[0], name)).as(name).isEqualTo(spring.canRead(context, read[0], name));
            if (fast.canRead(context, read[0], name)) {
                assertThat(fast.read(context, read[0], name).getValue()).as(name)
                    .isEqualTo(spring.read(context, read[0], name).getValue());
            }
        }
    }

    @Test
    void leavesAnythingElseToThymeleafsOwnAccessor() throws Exception {
        Sample sample = new Sample("Lan", true, null, 0, null);
        assertThat(fast.canRead(context, sample, "shared")).as("static").isFalse();
        assertThat(fast.canRead(context, sample, "nothing")).isFalse();
        assertThat(fast.canRead(context, "text", "bytes")).as("java.lang").isFalse();
        assertThat(fast.canRead(context, sample.getClass(), "classLoader")).as("a class").isFalse();
        assertThat(fast.canRead(context, Thread.currentThread(), "contextClassLoader")).isFalse();
        assertThat(fast.canWrite(context, sample, "name")).isFalse();
    }
}
