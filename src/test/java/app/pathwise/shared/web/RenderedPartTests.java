package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

/** A kept part is cut at its marks, in order, and a lost mark is an error, not a page without its parts. */
class RenderedPartTests {

    @Test
    void aPartIsCutAtItsMarksInOrder() {
        RenderedPart part = new RenderedPart(null, "a<!--x-->b<!--y-->c");
        assertThat(part.cut("<!--x-->", "<!--y-->")).containsExactly("a", "b", "c");
        assertThat(part.cut("<!--y-->")).containsExactly("a<!--x-->b", "c");
        assertThatIllegalStateException().isThrownBy(() -> part.cut("<!--y-->", "<!--x-->"));
    }
}
