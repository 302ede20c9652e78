package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A part kept as bytes is sent with the request's token at each of its marks, at the length it announces. */
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
}
