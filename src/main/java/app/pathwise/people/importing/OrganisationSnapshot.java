package app.pathwise.people.importing;

import java.util.Map;

/**
 * The organisation as the database has it when an import is checked: every employee, department
 * and job title by number or code, and who holds which e-mail address (lower case).
 */
record OrganisationSnapshot(Map<String, ExistingEmployee> employees, Map<String, String> emailOwners,
                            Map<String, ExistingDepartment> departments, Map<String, ExistingJobTitle> jobTitles) {

    record ExistingEmployee(long id, EmployeeValues values) {
    }

    record ExistingDepartment(long id, String code, String name, String parentCode) {
    }

    record ExistingJobTitle(long id, String code, String name) {
    }
}
