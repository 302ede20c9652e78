package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.people.importing.DepartmentPlanner.DepartmentPlan;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingDepartment;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DepartmentPlannerTests {

    private final Map<String, ExistingDepartment> departments = new HashMap<>(Map.of(
        "HQ", new ExistingDepartment(1, "HQ", "Head office", null),
        "ENG", new ExistingDepartment(2, "ENG", "Engineering", "HQ")));

    private DepartmentPlan plan(String csv) {
        CsvTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8), ImportKind.DEPARTMENTS);
        return DepartmentPlanner.plan(table, new OrganisationSnapshot(Map.of(), Map.of(), departments, Map.of()));
    }

    @Test
    void acceptsParentsDefinedFurtherDown() {
        DepartmentPlan plan = plan("code,name,parent_code\nWEB,Web,APPS\nAPPS,Apps,ENG\nENG,Engineering,HQ\n");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new ImportCounts(3, 2, 0, 1, 0));
    }

    @Test
    void findsLoopsAcrossTheFileAndTheDatabase() {
        DepartmentPlan plan = plan("code,name,parent_code\nHQ,Head office,APPS\nAPPS,Apps,ENG\n");

        assertThat(plan.problems()).extracting(p -> p.row() + " " + p.key()).containsExactly(
            "2 people.import.error.parent-cycle", "3 people.import.error.parent-cycle");
    }

    @Test
    void refusesUnknownParentsOwnParentsAndDuplicateCodes() {
        DepartmentPlan plan = plan("code,name,parent_code\nA,Alpha,NOPE\nB,Beta,B\nA,Alpha again,\n,Nameless,\n");

        assertThat(plan.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key()).containsExactly(
            "2 parent_code people.import.error.parent-unknown",
            "3 parent_code people.import.error.parent-self",
            "4 code people.import.error.duplicate-code",
            "5 code people.import.error.required");
    }

    @Test
    void keepsParentsWhenTheColumnIsLeftOut() {
        DepartmentPlan plan = plan("code,name\nENG,Engineering and design\n");

        assertThat(plan.changes()).singleElement()
            .satisfies(c -> assertThat(c.details()).isEqualTo("name: Engineering → Engineering and design"));
    }
}
