package app.pathwise.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The end of the range of texts that start with a searched text. */
class DirectorySearchTests {

    @Test
    void theFollowingTextMovesTheLastCharacterOn() {
        assertThat(DirectorySearch.following("nguyen")).isEqualTo("nguyeo");
        assertThat(DirectorySearch.following("tran van ")).isEqualTo("tran van!");
        assertThat(DirectorySearch.following("王")).isEqualTo(Character.toString('王' + 1));
        assertThat(DirectorySearch.following("a\ud7ff")).as("past the surrogates").isEqualTo("a\ue000");
        assertThat(DirectorySearch.following("a\ud840\udc00")).as("beyond the basic plane").isEqualTo("a\ud840\udc01");
        assertThat(DirectorySearch.following("ab" + Character.toString(Character.MAX_CODE_POINT))).isEqualTo("ac");
    }
}
