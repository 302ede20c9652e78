package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.people.importing.OrganisationSnapshot.ExistingDepartment;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportTemplatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void theDepartmentsTemplatePassesItsOwnChecks() {
        CsvTable table = CsvReader.read(ImportTemplates.csv(ImportKind.DEPARTMENTS), ImportKind.DEPARTMENTS);
        var plan = DepartmentPlanner.plan(table, new OrganisationSnapshot(Map.of(), Map.of(), Map.of(), Map.of()));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts().created()).isEqualTo(3);
    }

    @Test
    void theEmployeesTemplatePassesItsOwnChecksOnceItsDepartmentsExist() {
        CsvTable table = CsvReader.read(ImportTemplates.csv(ImportKind.EMPLOYEES), ImportKind.EMPLOYEES);
        Map<String, ExistingDepartment> departments = Map.of(
            "ENG", new ExistingDepartment(1, "ENG", "Engineering", null),
            "ENG-WEB", new ExistingDepartment(2, "ENG-WEB", "Web engineering", "ENG"));
        var plan = EmployeePlanner.plan(table, new OrganisationSnapshot(Map.of(), Map.of(), departments, Map.of()),
            TODAY);

        assertThat(table.columns()).containsExactlyInAnyOrderElementsOf(ImportKind.EMPLOYEES.columns().stream()
            .filter(column -> !column.equals("effective_date")).toList());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new ImportCounts(3, 3, 0, 0, 2));
    }
}
