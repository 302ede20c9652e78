package app.pathwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cached top bar is keyed by the part of the path its marking rules can tell apart, and filled in
 * with each user's own values at its marks.
 */
class NavigationBarCacheTests {

    @Test
    void theUsersOwnIdIsKeptAsAMarkAndOtherNumbersAreAllAlike() {
        assertThat(NavigationBar.place("/people/7/gaps", 7L)).isEqualTo(NavigationBar.place("/people/7/gaps", 7L))
            .isNotEqualTo(NavigationBar.place("/people/8/gaps", 7L));
        assertThat(NavigationBar.place("/people/8/gaps", 7L)).isEqualTo("/people/0/gaps")
            .isEqualTo(NavigationBar.place("/people/9/gaps", 7L));
        assertThat(NavigationBar.place("/people/8", null)).isEqualTo("/people/0");
    }

    @Test
    void onlyTheFirstThreeSegmentsCountAndALongerPathStaysDifferent() {
        assertThat(NavigationBar.place("/", 1L)).isEqualTo("/");
        assertThat(NavigationBar.place("/paths", 1L)).isEqualTo("/paths");
        assertThat(NavigationBar.place("/paths/3/levels/SWE-2", 1L)).isEqualTo("/paths/0/levels/…")
            .isEqualTo(NavigationBar.place("/paths/4/levels/SWE-3", 1L));
        assertThat(NavigationBar.place("/organisation/departments/12/edit", 1L))
            .startsWith("/organisation/departments").isNotEqualTo("/organisation/departments");
        assertThat(NavigationBar.place(null, 1L)).isEqualTo("/");
    }

    @Test
    void theMarksAreFilledInWhereverTheyStand() {
        NavigationBar.Marked bar = NavigationBar.Marked.of(
            "<a href=\"/people/9087654321012\">pw-nav-user-name-mark</a><input value=\"pw-nav-csrf-token-mark\">"
                + "<a href=\"/people/9087654321012/gaps\">end</a>");

        assertThat(bar.fill("42", "Ann &amp; Bo", "tok"))
            .isEqualTo("<a href=\"/people/42\">Ann &amp; Bo</a><input value=\"tok\"><a href=\"/people/42/gaps\">end</a>");
        assertThat(NavigationBar.Marked.of("no marks").fill("1", "n", "t")).isEqualTo("no marks");
    }
}
