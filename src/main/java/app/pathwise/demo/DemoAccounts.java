package app.pathwise.demo;

import app.pathwise.demo.DemoOrganisation.DemoAccount;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the people behind the six demo accounts, so every role can be tried: an engineer who
 * reports to an engineering manager, that manager (who leads team leads and so has indirect
 * reports), a sales manager outside both their lines, an HR business partner, the CEO and an IT
 * administrator.
 */
final class DemoAccounts {

    static final String EMPLOYEE = "employee";
    static final String MANAGER = "manager";
    static final String OTHER_MANAGER = "manager2";
    static final String HR = "hr";
    static final String EXECUTIVE = "exec";
    static final String ADMIN = "admin";
    static final List<String> ALL = List.of(EMPLOYEE, MANAGER, OTHER_MANAGER, HR, EXECUTIVE, ADMIN);

    private DemoAccounts() {
    }

    static List<DemoAccount> choose(OrgChart chart) {
        Member manager = engineeringManager(chart);
        Member employee = manager.reports.stream().filter(Member::isIndividualContributor).findFirst().orElseThrow();
        Member otherManager = first(chart, m -> m.spec == DemoCatalogue.SALES && m.height == 2 && !m.isDepartmentHead())
            .or(() -> first(chart, m -> m.spec == DemoCatalogue.SALES && m.isLeader()))
            .orElseThrow();
        Member hr = first(chart, m -> m.spec == DemoCatalogue.PEOPLE && m.isIndividualContributor()
            && DemoCatalogue.HR_BUSINESS_PARTNER.equals(m.title))
            .or(() -> first(chart, m -> m.spec == DemoCatalogue.PEOPLE && m.isIndividualContributor()))
            .orElseThrow();
        Member admin = first(chart, m -> m.spec == DemoCatalogue.OPERATIONS && m.isIndividualContributor()
            && DemoCatalogue.IT_ADMINISTRATOR.equals(m.title))
            .or(() -> first(chart, m -> m.spec == DemoCatalogue.OPERATIONS && m.isIndividualContributor()))
            .orElseThrow();
        admin.title = DemoCatalogue.IT_ADMINISTRATOR;
        return List.of(
            account(EMPLOYEE, employee, null),
            account(MANAGER, manager, null),
            account(OTHER_MANAGER, otherManager, null),
            account(HR, hr, "HR"),
            account(EXECUTIVE, chart.ceo(), "EXECUTIVE"),
            account(ADMIN, admin, "ADMIN"));
    }

    /** An engineering manager with team leads and at least one engineer reporting directly. */
    private static Member engineeringManager(OrgChart chart) {
        Predicate<Member> candidate = m -> m.spec == DemoCatalogue.ENGINEERING && m.height == 2
            && !m.isDepartmentHead();
        Optional<Member> withEngineer = first(chart, candidate.and(m -> m.reports.stream()
            .anyMatch(Member::isIndividualContributor)));
        if (withEngineer.isPresent()) {
            return withEngineer.get();
        }
        Member manager = first(chart, candidate).orElseThrow(
            () -> new IllegalStateException("the demo company has no engineering manager"));
        Member lead = manager.reports.stream().filter(report -> report.reports.size() > 1).findFirst().orElseThrow();
        lead.reports.get(lead.reports.size() - 1).reportTo(manager);
        return manager;
    }

    private static Optional<Member> first(OrgChart chart, Predicate<Member> predicate) {
        return chart.members().stream().filter(predicate).findFirst();
    }

    private static DemoAccount account(String key, Member member, String grantedRole) {
        member.account = key;
        return new DemoAccount(key + "@" + WorkEmails.DOMAIN, member, grantedRole);
    }
}
