package app.pathwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.demo.DemoOrganisation.JobChange;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.JobChangeKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator on its own, without a database. */
class DemoOrganisationGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    private final DemoOrganisation company = DemoOrganisation.generate(300, TODAY);

    @Test
    void theSameSizeAndDayAlwaysGiveTheSameCompany() {
        DemoOrganisation again = DemoOrganisation.generate(300, TODAY);

        assertThat(describe(again)).isEqualTo(describe(company));
        assertThat(again.jobChanges()).hasSameSizeAs(company.jobChanges());
    }

    @Test
    void threeHundredPeopleWorkInFiveLayersUnderOneChiefExecutive() {
        List<Member> members = company.members();

        assertThat(members).hasSize(300);
        assertThat(members.stream().filter(m -> m.manager == null)).singleElement()
            .satisfies(ceo -> assertThat(ceo.title).isEqualTo(DemoCatalogue.CEO));
        assertThat(members.stream().mapToInt(DemoOrganisationGeneratorTests::layer).max().orElseThrow()).isEqualTo(5);
        assertThat(members.stream().mapToInt(m -> m.reports.size()).max().orElseThrow()).isBetween(6, 9);
        assertThat(company.chart().departments()).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void largerCompaniesStayWithinSixLayersAndTwelveReportsAManager() {
        DemoOrganisation large = DemoOrganisation.generate(5_000, TODAY);

        assertThat(large.members().stream().mapToInt(DemoOrganisationGeneratorTests::layer).max().orElseThrow())
            .isBetween(5, 6);
        assertThat(large.members().stream().mapToInt(m -> m.reports.size()).max().orElseThrow())
            .isLessThanOrEqualTo(12);
        assertThat(large.chart().departments()).hasSizeGreaterThan(company.chart().departments().size());
        assertThat(large.jobChanges().size()).isGreaterThan(2 * 5_000 * 9 / 10);
    }

    @Test
    void workEmailsAreUniqueAsciiAndMadeFromNames() {
        Set<String> seen = new HashSet<>();
        for (Member member : company.members()) {
            assertThat(seen.add(member.email.toLowerCase())).as(member.email).isTrue();
            assertThat(member.email).matches("[a-z0-9.]+@example\\.com");
            if (member.account == null) {
                assertThat(member.email).startsWith(WorkEmails.ascii(member.name.emailGiven()) + "."
                    + WorkEmails.ascii(member.name.emailFamily()));
            }
        }
    }

    @Test
    void namesAreVietnameseChineseAndEnglish() {
        List<String> names = company.members().stream().map(m -> m.name.fullName()).toList();

        assertThat(names).anyMatch(name -> name.matches("Nguyễn (Thị|Văn) \\p{L}+"));
        assertThat(names).anyMatch(name -> name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.HAN));
        assertThat(names).anyMatch(name -> name.matches("[A-Z][a-z]+ [A-Z][a-z']+"));
        assertThat(company.members().stream().map(m -> m.language).collect(Collectors.toSet()))
            .containsExactlyInAnyOrder("en", "vi", "zh-CN");
    }

    @Test
    void leaversAreIndividualContributorsWhoLeftAfterTheyJoined() {
        List<Member> leavers = company.members().stream().filter(m -> m.status == EmploymentStatus.INACTIVE).toList();

        assertThat(leavers.size()).isBetween(10, 30);
        assertThat(leavers).allSatisfy(leaver -> {
            assertThat(leaver.reports).isEmpty();
            assertThat(leaver.account).isNull();
            assertThat(leaver.endDate).isAfter(leaver.hireDate).isBefore(TODAY);
        });
        assertThat(company.members()).anyMatch(m -> m.status == EmploymentStatus.ON_LEAVE);
    }

    @Test
    void everyoneIsHiredFirstAndTheirHistoryRunsForwardToTheirLastChange() {
        Map<Member, List<JobChange>> history = company.jobChanges().stream()
            .collect(Collectors.groupingBy(JobChange::employee));

        assertThat(history).hasSize(300);
        history.forEach((member, changes) -> {
            assertThat(changes.get(0).kind()).isEqualTo(JobChangeKind.HIRE);
            assertThat(changes.get(0).effectiveDate()).isEqualTo(member.hireDate);
            assertThat(changes).extracting(JobChange::effectiveDate).isSorted();
            JobChange last = changes.get(changes.size() - 1);
            if (member.status == EmploymentStatus.INACTIVE) {
                assertThat(last.kind()).isEqualTo(JobChangeKind.EXIT);
                assertThat(last.effectiveDate()).isEqualTo(member.endDate);
            } else {
                assertThat(last.title()).isEqualTo(member.title);
                assertThat(last.department()).isSameAs(member.department);
                assertThat(last.manager()).isSameAs(member.manager);
            }
        });
        Set<JobChangeKind> kinds = company.jobChanges().stream().map(JobChange::kind).collect(Collectors.toSet());
        assertThat(kinds).contains(JobChangeKind.HIRE, JobChangeKind.PROMOTION, JobChangeKind.TITLE_CHANGE,
            JobChangeKind.TRANSFER, JobChangeKind.MANAGER_CHANGE, JobChangeKind.EXIT);
    }

    @Test
    void theDemoAccountsSitWhereEachRoleCanBeTried() {
        Map<String, Member> people = company.accounts().stream()
            .collect(Collectors.toMap(a -> a.email().substring(0, a.email().indexOf('@')), a -> a.employee()));
        Member employee = people.get("employee");
        Member manager = people.get("manager");
        Member otherManager = people.get("manager2");

        assertThat(Set.copyOf(people.values())).hasSize(6);
        assertThat(employee.manager).isSameAs(manager);
        assertThat(employee.reports).isEmpty();
        assertThat(manager.spec).isSameAs(DemoCatalogue.ENGINEERING);
        assertThat(manager.reports).anyMatch(report -> !report.reports.isEmpty());
        assertThat(otherManager.spec).isSameAs(DemoCatalogue.SALES);
        assertThat(otherManager.reports).isNotEmpty();
        assertThat(people.get("hr").spec).isSameAs(DemoCatalogue.PEOPLE);
        assertThat(people.get("exec").manager).isNull();
        assertThat(people.get("admin").title).isEqualTo(DemoCatalogue.IT_ADMINISTRATOR);
        assertThat(people.values()).allMatch(m -> m.status == EmploymentStatus.ACTIVE);
    }

    private static int layer(Member member) {
        int layer = 1;
        for (Member above = member.manager; above != null; above = above.manager) {
            layer++;
        }
        return layer;
    }

    private static List<String> describe(DemoOrganisation organisation) {
        return organisation.members().stream()
            .map(m -> String.join("|", m.employeeNumber(), m.name.fullName(), m.email, m.title, m.department.code,
                m.manager == null ? "-" : m.manager.employeeNumber(), String.valueOf(m.hireDate), m.status.name()))
            .toList();
    }
}
