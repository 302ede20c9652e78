package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.importing.EmployeePlanner.EmployeePlan;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingDepartment;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingEmployee;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingJobTitle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployeePlannerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String HEADER = "employee_number,full_name,work_email,department_code,manager_number,hire_date\n";

    private final Map<String, ExistingEmployee> employees = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();
    private final Map<String, ExistingDepartment> departments = new HashMap<>(
        Map.of("ENG", new ExistingDepartment(1, "ENG", "Engineering", null)));
    private final Map<String, ExistingJobTitle> titles = new HashMap<>(
        Map.of("DEV", new ExistingJobTitle(1, "DEV", "Developer")));

    private void existing(long id, String number, String email, String manager) {
        EmployeeValues values = new EmployeeValues(number, "Person " + number, email, "ENG", null, manager,
            LocalDate.of(2020, 1, 1), EmploymentStatus.ACTIVE, null, "en", null, null, null);
        employees.put(number, new ExistingEmployee(id, values));
        emails.put(email.toLowerCase(Locale.ROOT), number);
    }

    private EmployeePlan plan(String csv) {
        CsvTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8), ImportKind.EMPLOYEES);
        return EmployeePlanner.plan(table, new OrganisationSnapshot(employees, emails, departments, titles), TODAY);
    }

    private static List<String> problems(EmployeePlan plan) {
        return plan.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.key()).toList();
    }

    @Test
    void resolvesManagersDefinedFurtherDownTheFile() {
        EmployeePlan plan = plan(HEADER + """
            E2,Bình,binh@x.io,ENG,E1,2021-05-01
            E1,An,an@x.io,ENG,,2020-01-01
            """);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
        assertThat(plan.planned().get(0).after().managerNumber()).isEqualTo("E1");
    }

    @Test
    void findsLoopsThroughTheFileAndTheDatabase() {
        existing(10, "A", "a@x.io", null);
        existing(11, "B", "b@x.io", "A");
        EmployeePlan plan = plan(HEADER + """
            A,Person A,a@x.io,ENG,C,2020-01-01
            C,Person C,c@x.io,ENG,B,2020-01-01
            """);

        assertThat(problems(plan)).containsExactly(
            "2 manager_number people.import.error.manager-cycle",
            "3 manager_number people.import.error.manager-cycle");
        assertThat(plan.problems().get(0).args()[0]).asString().contains("→");
    }

    @Test
    void refusesUnknownManagersAndSelfManagement() {
        EmployeePlan plan = plan(HEADER + """
            E1,An,an@x.io,ENG,NOBODY,2020-01-01
            E2,Bình,binh@x.io,ENG,E2,2020-01-01
            """);

        assertThat(problems(plan)).containsExactly(
            "2 manager_number people.import.error.manager-unknown",
            "3 manager_number people.import.error.manager-self");
    }

    @Test
    void letsTwoPeopleSwapAddressesButNotTakeSomeoneElses() {
        existing(10, "A", "a@x.io", null);
        existing(11, "B", "b@x.io", null);
        existing(12, "C", "c@x.io", null);

        assertThat(plan(HEADER + "A,Person A,b@x.io,ENG,,2020-01-01\nB,Person B,A@x.io,ENG,,2020-01-01\n").problems())
            .isEmpty();
        assertThat(problems(plan(HEADER + "A,Person A,c@x.io,ENG,,2020-01-01\n")))
            .containsExactly("2 work_email people.import.error.email-taken");
    }

    @Test
    void refusesDuplicateNumbersAndAddressesWithinTheFile() {
        EmployeePlan plan = plan(HEADER + """
            E1,An,an@x.io,ENG,,2020-01-01
            E1,An again,an2@x.io,ENG,,2020-01-01
            E3,Chi,AN@x.io,ENG,,2020-01-01
            """);

        assertThat(problems(plan)).containsExactly(
            "3 employee_number people.import.error.duplicate-number",
            "4 work_email people.import.error.duplicate-email");
        assertThat(plan.problems().get(0).args()).containsExactly(2);
    }

    @Test
    void countsRowsThatMatchTheDatabaseAsUnchangedAndLeavesOutColumnsAlone() {
        existing(10, "A", "a@x.io", null);
        EmployeeValues before = employees.get("A").values();
        employees.put("A", new ExistingEmployee(10, new EmployeeValues("A", before.fullName(), before.email(), "ENG",
            "DEV", null, before.hireDate(), EmploymentStatus.ACTIVE, null, "vi", null, 1990, "Huế")));

        EmployeePlan same = plan(HEADER + "A,Person A,a@x.io,ENG,,2020-01-01\n");
        assertThat(same.counts()).isEqualTo(new ImportCounts(1, 0, 0, 1, 0));

        EmployeePlan moved = plan(HEADER.replace(",manager_number", "") + "A,Person A,a@x.io,,2020-01-01\n");
        assertThat(moved.counts().changed()).isEqualTo(1);
        assertThat(moved.changes().get(0).details()).isEqualTo("department_code: ENG → —");
    }

    @Test
    void createsAnUnknownJobTitleOnlyWithOneName() {
        String header = "employee_number,full_name,work_email,job_title_code,job_title_name,hire_date\n";
        EmployeePlan plan = plan(header + """
            E1,An,an@x.io,QA,Tester,2020-01-01
            E2,Bình,binh@x.io,QA,Quality engineer,2020-01-01
            E3,Chi,chi@x.io,PM,,2020-01-01
            E4,Dũng,dung@x.io,DEV,Ignored for existing titles,2020-01-01
            """);

        assertThat(problems(plan)).containsExactly(
            "3 job_title_name people.import.error.job-title-names-differ",
            "4 job_title_code people.import.error.job-title-unknown");
        assertThat(plan.newJobTitles()).containsExactly(Map.entry("QA", "Tester"));
    }

    @Test
    void checksDatesStatusAndEndDates() {
        String header = "employee_number,full_name,work_email,hire_date,status,end_date,birth_year\n";
        EmployeePlan plan = plan(header + """
            E1,An,an@x.io,01/02/2020,,,
            E2,Bình,binh@x.io,2020-01-01,INACTIVE,,
            E3,Chi,chi@x.io,2020-01-01,ACTIVE,2021-01-01,
            E4,Dũng,dung@x.io,2027-01-01,retired,,1850
            E5,Em,em@x.io,2020-01-01,inactive,2019-12-31,1999
            E6,Phúc,phuc@x.io,2020-01-01,on leave,,2001
            """);

        assertThat(problems(plan)).containsExactly(
            "2 hire_date people.import.error.date",
            "3 end_date people.import.error.end-date-required",
            "4 end_date people.import.error.end-date-not-inactive",
            "5 hire_date people.import.error.hire-date-future",
            "5 status people.import.error.status",
            "5 birth_year people.import.error.birth-year",
            "6 end_date people.import.error.end-before-hire");
        assertThat(plan.planned()).singleElement()
            .satisfies(p -> assertThat(p.after().status()).isEqualTo(EmploymentStatus.ON_LEAVE));
    }

    @Test
    void theDigestChangesWhenThePlannedWritesDo() {
        String csv = HEADER + "E1,An,an@x.io,ENG,,2020-01-01\n";
        String first = plan(csv).digest();

        assertThat(plan(csv).digest()).isEqualTo(first);
        existing(10, "E1", "an@x.io", null);
        assertThat(plan(csv).digest()).isNotEqualTo(first);
    }
}
