package app.pathwise.objective;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.objective.domain.AlignedObjective;
import app.pathwise.objective.domain.AlignmentTree;
import app.pathwise.objective.domain.AlignmentTree.Node;
import app.pathwise.objective.domain.AlignmentTree.Tree;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.objective.domain.RollUp;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The alignment tree: company, department and personal objectives in their places, each with its own
 * progress and the average of everything aligned beneath it at any depth, and personal objectives
 * listed only to those who may read them.
 */
@IntegrationTest
class AlignmentTests {

    static final Period YEAR = new Period(PeriodKind.YEAR, 2036, 1);
    static final Period Q1 = new Period(PeriodKind.QUARTER, 2036, 1);

    @Autowired
    AlignmentTree alignment;

    @Autowired
    ObjectivePages pages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long company;
    long division;
    long department;
    long unaligned;
    long mine;
    long colleagues;
    long mineUnderCompany;
    PathwiseUser employee;
    PathwiseUser manager;
    PathwiseUser hr;
    PathwiseUser executive;

    @BeforeEach
    void tree() {
        Fixtures people = new Fixtures(jdbc, encoder);
        ObjectiveFixtures objectives = new ObjectiveFixtures(jdbc);
        String tag = Fixtures.unique("tree");
        long divisionId = people.department("Tree Division " + tag);
        long departmentId = people.department("Tree Department " + tag);
        jdbc.update("update department set parent_id = ? where id = ?", divisionId, departmentId);
        long lead = people.employee("Tree Lead " + tag, null, departmentId);
        long me = people.employee("Tree Me " + tag, lead, departmentId);
        long otherLead = people.employee("Tree Other Lead " + tag, null, departmentId);
        long colleague = people.employee("Tree Colleague " + tag, otherLead, departmentId);
        company = objectives.company("Tree company " + tag, YEAR);
        objectives.number(company, "c", 0, 10, 2);
        division = objectives.department(divisionId, "Tree division " + tag, YEAR, company);
        objectives.number(division, "d", 0, 10, 5);
        department = objectives.department(departmentId, "Tree department " + tag, Q1, division);
        objectives.number(department, "t", 0, 10, 8);
        mine = objectives.personal(me, "Tree mine " + tag, Q1, department);
        objectives.number(mine, "m", 0, 10, 4);
        colleagues = objectives.personal(colleague, "Tree colleagues " + tag, Q1, department);
        objectives.number(colleagues, "k", 0, 10, 6);
        mineUnderCompany = objectives.personal(me, "Tree mine, no key results " + tag, Q1, company);
        unaligned = objectives.department(departmentId, "Tree unaligned " + tag, YEAR, null);
        employee = Fixtures.user(me);
        manager = Fixtures.user(lead, Role.MANAGER);
        hr = Fixtures.user(null, Role.HR);
        executive = Fixtures.user(people.employee("Tree Executive " + tag, null), Role.EXECUTIVE);
    }

    @Test
    void eachObjectiveShowsItsOwnProgressAndTheAverageOfEverythingBeneathIt() {
        Tree tree = alignment.tree(hr, YEAR);
        Node top = find(tree.companyObjectives(), company).orElseThrow();
        assertThat(top.progress()).isEqualTo(20);
        // division 50, department 80, mine 40, colleague's 60; the objective without key results only counts
        assertThat(top.rollUp()).isEqualTo(new RollUp(5, 58, 1, null));
        Node div = find(top.children(), division).orElseThrow();
        assertThat(div.progress()).isEqualTo(50);
        assertThat(div.rollUp()).isEqualTo(new RollUp(3, 60, 0, null));
        Node dep = find(div.children(), department).orElseThrow();
        assertThat(dep.progress()).isEqualTo(80);
        assertThat(dep.rollUp()).isEqualTo(new RollUp(2, 50, 2, 50));
        assertThat(dep.personal()).extracting(AlignedObjective::id).containsExactly(colleagues, mine);
        assertThat(find(tree.unalignedDepartmentObjectives(), unaligned)).isPresent();
        assertThat(find(tree.companyObjectives(), unaligned)).isEmpty();
        assertThat(pages.detail(hr, company).rollUp()).isEqualTo(top.rollUp());
    }

    @Test
    void aPeriodShowsOnlyTheObjectivesThatOverlapIt() {
        Tree second = alignment.tree(hr, new Period(PeriodKind.QUARTER, 2036, 2));
        Node top = find(second.companyObjectives(), company).orElseThrow();
        assertThat(top.rollUp()).isEqualTo(new RollUp(1, 50, 0, null));
        assertThat(find(List.of(top), department)).isEmpty();
        assertThat(alignment.tree(hr, new Period(PeriodKind.YEAR, 2037, 1)).companyObjectives())
            .noneMatch(n -> n.id() == company);
    }

    @Test
    void personalObjectivesAreListedToTheirOwnerTheirManagersAndHrAndCountedForEveryoneElse() {
        assertThat(listedUnder(employee, department)).containsExactly(mine);
        assertThat(listedUnder(employee, company)).containsExactly(mineUnderCompany);
        assertThat(listedUnder(manager, department)).containsExactly(mine);
        assertThat(listedUnder(hr, department)).containsExactly(colleagues, mine);
        assertThat(listedUnder(executive, department)).isEmpty();
        Node forExecutive = node(executive, department);
        assertThat(forExecutive.rollUp()).isEqualTo(new RollUp(2, 50, 2, 50));
        assertThat(forExecutive.unlistedPersonal()).isEqualTo(2);
        assertThat(node(employee, department).unlistedPersonal()).isEqualTo(1);

        ObjectivePages.ObjectiveDetail detail = pages.detail(executive, department);
        assertThat(detail.aligned()).isEmpty();
        assertThat(detail.unlistedPersonal()).isEqualTo(2);
        assertThat(pages.detail(manager, department).aligned()).extracting(AlignedObjective::id).containsExactly(mine);
        assertThat(pages.detail(hr, company).aligned()).extracting(AlignedObjective::id)
            .containsExactly(division, mineUnderCompany);
    }

    private List<Long> listedUnder(PathwiseUser user, long id) {
        return node(user, id).personal().stream().map(AlignedObjective::id).toList();
    }

    private Node node(PathwiseUser user, long id) {
        Tree tree = alignment.tree(user, YEAR);
        return find(tree.companyObjectives(), id).or(() -> find(tree.unalignedDepartmentObjectives(), id)).orElseThrow();
    }

    private static Optional<Node> find(List<Node> roots, long id) {
        Deque<Node> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            if (node.id() == id) {
                return Optional.of(node);
            }
            queue.addAll(node.children());
        }
        return Optional.empty();
    }
}
