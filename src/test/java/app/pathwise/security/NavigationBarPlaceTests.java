package app.pathwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cached top bar is keyed by the part of the path its marking rules can tell apart. */
class NavigationBarPlaceTests {

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
}
