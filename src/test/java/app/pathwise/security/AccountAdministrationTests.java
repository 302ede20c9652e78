package app.pathwise.security;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountUserDetailsService users;

    Fixtures fixtures;
    PathwiseUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, encoder);
        admin = users.loadUserByUsername(fixtures.account(fixtures.employee("Admin Person", null), "x", Role.ADMIN));
    }

    @Test
    void anAdminGrantsHrAndTheChangeIsAudited() throws Exception {
        long id = accountId(fixtures.account(fixtures.employee("Future HR", null), "x"));
        mvc.perform(post("/admin/accounts/" + id).with(user(admin)).with(csrf())
                .param("version", "0").param("roles", "HR").param("enabled", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, id))
            .containsExactly("HR");
        assertThat(jdbc.queryForObject("select actor_email from audit_entry where action = 'account.access-changed'"
            + " and entity_id = ?", String.class, id)).isEqualTo(admin.email());
    }

    @Test
    void derivedRolesCannotBeGranted() throws Exception {
        long id = accountId(fixtures.account(fixtures.employee("Not A Manager", null), "x"));
        mvc.perform(post("/admin/accounts/" + id).with(user(admin)).with(csrf())
                .param("version", "0").param("roles", "MANAGER").param("enabled", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, id)).isEmpty();
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        mvc.perform(post("/admin/accounts/" + admin.accountId()).with(user(admin)).with(csrf())
                .param("version", "0").param("enabled", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class,
            admin.accountId())).containsExactly("ADMIN");
    }

    @Test
    void aStaleFormGetsTheConflictPage() throws Exception {
        long id = accountId(fixtures.account(fixtures.employee("Contested Account", null), "x"));
        mvc.perform(post("/admin/accounts/" + id).with(user(admin)).with(csrf())
            .param("version", "0").param("roles", "EXECUTIVE").param("enabled", "true"));
        mvc.perform(post("/admin/accounts/" + id).with(user(admin)).with(csrf())
                .param("version", "0").param("roles", "HR").param("enabled", "true"))
            .andExpect(status().isConflict());
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, id))
            .containsExactly("EXECUTIVE");
    }

    @Test
    void aNewAccountNeedsAGoodPasswordAndAFreeEmployee() throws Exception {
        long employee = fixtures.employee("Needs Account", null);
        String email = Fixtures.unique("new").toLowerCase() + "@example.com";
        mvc.perform(post("/admin/accounts/new").with(user(admin)).with(csrf())
                .param("email", email).param("employeeId", String.valueOf(employee)).param("password", "short")
                .param("language", "vi"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.password.too-short"));
        mvc.perform(post("/admin/accounts/new").with(user(admin)).with(csrf())
                .param("email", email).param("employeeId", String.valueOf(employee))
                .param("password", "a good first passphrase").param("language", "vi"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, email))
            .isEqualTo("vi");
        mvc.perform(post("/admin/accounts/new").with(user(admin)).with(csrf())
                .param("email", "other-" + email).param("employeeId", String.valueOf(employee))
                .param("password", "a good first passphrase"))
            .andExpect(model().attributeHasFieldErrorCode("form", "employeeId", "security.account.employee-unavailable"));
    }

    private long accountId(String email) {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
    }
}
