package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A part kept as bytes is sent with the request's token at each of its marks, at the length it announces;
 * a kept part is cut at its marks, in order, and a lost mark is an error, not a page without its parts.
 */
class EncodedPartTests {

    @Test
    void aPartIsSentWithTheTokenAtEachMark() throws Exception {
        String mark = FragmentRenderer.TOKEN_MARK;
        EncodedPart part = EncodedPart.of(null, "<form>" + mark + "</form><p>Kế hoạch 发展</p><form>" + mark + "</form>");
        byte[] token = "t0k3n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out, token);
        assertThat(out.toString(StandardCharsets.UTF_8))
            .isEqualTo("<form>t0k3n</form><p>Kế hoạch 发展</p><form>t0k3n</form>");
        assertThat(part.length(token)).isEqualTo(out.size());
        assertThat(EncodedPart.of(null, "<p>no form</p>").length(token)).isEqualTo(14);
    }

    @Test
    void aPartIsCutAtItsMarksInOrder() {
        String html = "a<!--x-->b<!--y-->c";
        assertThat(EncodedPart.cut(html, "<!--x-->", "<!--y-->")).extracting(EncodedPartTests::text)
            .containsExactly("a", "b", "c");
        assertThat(EncodedPart.cut(html, "<!--y-->")).extracting(EncodedPartTests::text)
            .containsExactly("a<!--x-->b", "c");
        assertThatIllegalStateException().isThrownBy(() -> EncodedPart.cut(html, "<!--y-->", "<!--x-->"));
    }

    @Test
    void joinedPartsKeepTheirMarksAndTheirOrder() throws Exception {
        String mark = FragmentRenderer.TOKEN_MARK;
        EncodedPart joined = EncodedPart.join("title", List.of(EncodedPart.of(null, "<form>" + mark),
            EncodedPart.of(null, "</form>Nguyễn"), EncodedPart.of(null, ""), EncodedPart.of(null, "<i>" + mark + "</i>")));
        byte[] token = "t0k3n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        joined.writeTo(out, token);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<form>t0k3n</form>Nguyễn<i>t0k3n</i>");
        assertThat(joined.length(token)).isEqualTo(out.size());
        assertThat(joined.getTitle()).isEqualTo("title");
        assertThat(text(EncodedPart.join(null, List.of()))).isEmpty();
    }

    private static String text(EncodedPart part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            part.writeTo(out, new byte[0]);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
