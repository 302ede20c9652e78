package app.pathwise.objective;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A small organisation with objectives for the period {@link #PERIOD} (a year) and its first quarter:
 * a division with a department D under it, whose manager M leads employee E; another department D2
 * whose manager OM leads OE; an HR business partner, an executive outside both lines and an
 * administrator without an employee record. A company objective, D's objective under it, E's and OE's
 * personal objectives under that (one number key result each).
 */
record ObjectiveWorld(String tag, long division, long department, long otherDepartment, long manager, long employee,
                      long otherManager, long otherEmployee, long hr, long executive, long company,
                      long departmentObjective, long divisionObjective, long personal, long otherPersonal,
                      long keyResult, long otherKeyResult, long departmentKeyResult) {

    static final Period PERIOD = new Period(PeriodKind.YEAR, 2035, 1);
    static final Period QUARTER = new Period(PeriodKind.QUARTER, 2035, 1);

    static ObjectiveWorld build(JdbcTemplate jdbc, PasswordEncoder encoder) {
        Fixtures people = new Fixtures(jdbc, encoder);
        ObjectiveFixtures objectives = new ObjectiveFixtures(jdbc);
        String tag = Fixtures.unique("okr");
        long division = people.department("Division " + tag);
        long department = people.department("Department " + tag);
        long otherDepartment = people.department("Other Department " + tag);
        jdbc.update("update department set parent_id = ? where id = ?", division, department);
        long manager = people.employee("Okr Manager " + tag, null, department);
        long employee = people.employee("Okr Employee " + tag, manager, department);
        long otherManager = people.employee("Okr Other Manager " + tag, null, otherDepartment);
        long otherEmployee = people.employee("Okr Other Employee " + tag, otherManager, otherDepartment);
        long hr = people.employee("Okr HR " + tag, null, otherDepartment);
        long executive = people.employee("Okr Executive " + tag, null, division);
        long company = objectives.company("Company goal " + tag, PERIOD);
        long divisionObjective = objectives.department(division, "Division goal " + tag, PERIOD, company);
        long departmentObjective = objectives.department(department, "Department goal " + tag, PERIOD, company);
        long personal = objectives.personal(employee, "Personal goal " + tag, QUARTER, departmentObjective);
        long otherPersonal = objectives.personal(otherEmployee, "Other personal goal " + tag, QUARTER, company);
        long keyResult = objectives.number(personal, "Customers " + tag, 0, 100, 40);
        long otherKeyResult = objectives.number(otherPersonal, "Other customers " + tag, 0, 10, 5);
        long departmentKeyResult = objectives.number(departmentObjective, "Releases " + tag, 0, 4, 1);
        return new ObjectiveWorld(tag, division, department, otherDepartment, manager, employee, otherManager,
            otherEmployee, hr, executive, company, departmentObjective, divisionObjective, personal, otherPersonal,
            keyResult, otherKeyResult, departmentKeyResult);
    }

    PathwiseUser employeeUser() {
        return Fixtures.user(employee);
    }

    PathwiseUser managerUser() {
        return Fixtures.user(manager, Role.MANAGER);
    }

    PathwiseUser otherManagerUser() {
        return Fixtures.user(otherManager, Role.MANAGER);
    }

    PathwiseUser otherEmployeeUser() {
        return Fixtures.user(otherEmployee);
    }

    PathwiseUser hrUser() {
        return Fixtures.user(hr, Role.HR);
    }

    PathwiseUser executiveUser() {
        return Fixtures.user(executive, Role.EXECUTIVE);
    }

    PathwiseUser adminUser() {
        return Fixtures.user(null, Role.ADMIN);
    }
}
