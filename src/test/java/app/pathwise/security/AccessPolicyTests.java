package app.pathwise.security;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pathwise.shared.NotFoundException;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccessPolicyTests {

    @Autowired
    AccessPolicy policy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long head;
    long manager;
    long lead;
    long employee;
    long otherManager;
    long otherEmployee;

    @BeforeEach
    void organisation() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        head = fixtures.employee("Head of Unit", null);
        manager = fixtures.employee("Line Manager", head);
        lead = fixtures.employee("Team Lead", manager);
        employee = fixtures.employee("Team Member", lead);
        otherManager = fixtures.employee("Other Manager", head);
        otherEmployee = fixtures.employee("Other Member", otherManager);
    }

    @Test
    void anEmployeeSeesThemselvesButNobodyElse() {
        PathwiseUser self = user(employee);
        assertThat(policy.canView(self, employee)).isTrue();
        assertThat(policy.canView(self, lead)).isFalse();
        assertThat(policy.canView(self, otherEmployee)).isFalse();
        assertThat(policy.canManage(self, employee)).isFalse();
    }

    @Test
    void aDirectManagerSeesAndManagesTheirReport() {
        PathwiseUser directManager = user(lead, Role.MANAGER);
        assertThat(policy.canView(directManager, employee)).isTrue();
        assertThat(policy.canManage(directManager, employee)).isTrue();
    }

    @Test
    void anIndirectManagerSeesTheWholeLine() {
        PathwiseUser indirect = user(manager, Role.MANAGER);
        assertThat(policy.canView(indirect, employee)).isTrue();
        assertThat(policy.canView(indirect, lead)).isTrue();
        assertThat(policy.canManage(user(head, Role.MANAGER), employee)).isTrue();
    }

    @Test
    void aManagerOfAnotherTeamSeesNothingOfThisLine() {
        PathwiseUser other = user(otherManager, Role.MANAGER);
        assertThat(policy.canView(other, employee)).isFalse();
        assertThat(policy.canView(other, lead)).isFalse();
        assertThat(policy.canView(other, manager)).isFalse();
        assertThat(policy.canView(other, otherEmployee)).isTrue();
    }

    @Test
    void reportsDoNotSeeTheirManagers() {
        assertThat(policy.canView(user(lead, Role.MANAGER), manager)).isFalse();
    }

    @Test
    void hrSeesEveryone() {
        PathwiseUser hr = user(otherEmployee, Role.HR);
        assertThat(policy.canView(hr, employee)).isTrue();
        assertThat(policy.canView(hr, head)).isTrue();
        assertThat(policy.canAdministerPeople(hr)).isTrue();
    }

    @Test
    void executivesReadAggregatesOnlyNotIndividuals() {
        PathwiseUser executive = user(null, Role.EXECUTIVE);
        assertThat(policy.canView(executive, employee)).isFalse();
        assertThat(policy.canManage(executive, employee)).isFalse();
        assertThat(policy.canAdministerPeople(executive)).isFalse();
    }

    @Test
    void refusingLooksLikeMissing() {
        assertThatThrownBy(() -> policy.checkView(user(employee), otherEmployee))
            .isInstanceOf(NotFoundException.class);
    }
}
