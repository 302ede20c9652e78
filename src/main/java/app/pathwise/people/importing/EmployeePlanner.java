package app.pathwise.people.importing;

import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingEmployee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an employee file against itself and the database and works out what it would do.
 * Writes nothing. Columns left out of the file keep their current values; an empty cell clears
 * an optional value, except status and preferred language, which then keep theirs.
 */
final class EmployeePlanner {

    /** One employee the file creates or changes, with the state it leaves them in. */
    record PlannedEmployee(int row, ImportAction action, Long id, EmployeeValues before, EmployeeValues after,
                           LocalDate effectiveDate, List<FieldChange> changes) {
    }

    record EmployeePlan(List<ImportProblem> problems, List<PlannedEmployee> planned, int rows, int unchanged,
                        Map<String, String> newJobTitles) implements ImportPlan {

        @Override
        public List<ImportChangeView> changes() {
            return planned.stream().map(p -> new ImportChangeView(p.row(), p.after().number(), p.after().fullName(),
                p.action(), FieldChange.describe(p.changes()))).toList();
        }

        @Override
        public ImportCounts counts() {
            int created = (int) planned.stream().filter(p -> p.action() == ImportAction.CREATED).count();
            return new ImportCounts(rows, created, planned.size() - created, unchanged, newJobTitles.size());
        }

        @Override
        public String digest() {
            ImportPlan.Digest digest = new ImportPlan.Digest();
            newJobTitles.forEach((code, name) -> digest.add(code, name));
            for (PlannedEmployee p : planned) {
                EmployeeValues v = p.after();
                digest.add(p.row(), p.action(), p.id(), p.effectiveDate(), v.number(), v.fullName(), v.email(),
                    v.departmentCode(), v.jobTitleCode(), v.managerNumber(), v.hireDate(), v.status(), v.endDate(),
                    v.language(), v.gender(), v.birthYear(), v.location());
            }
            return digest.hex();
        }
    }

    private static final Map<String, String> LANGUAGES = Map.of("en", "en", "vi", "vi", "zh-cn", "zh-CN");

    private final CsvTable table;
    private final OrganisationSnapshot snapshot;
    private final LocalDate today;
    private final List<ImportProblem> problems;
    private final Map<String, NewTitle> newTitles = new LinkedHashMap<>();

    private record NewTitle(String name, int row) {
    }

    /** A row as read, before the checks that need the other rows. */
    private static final class Draft {
        RowCells cells;
        String number;
        String email;
        ExistingEmployee existing;
        EmployeeValues after;
        LocalDate effectiveDate;
        boolean duplicate;
        boolean managerBad;
    }

    private EmployeePlanner(CsvTable table, OrganisationSnapshot snapshot, LocalDate today) {
        this.table = table;
        this.snapshot = snapshot;
        this.today = today;
        this.problems = new ArrayList<>(table.problems());
    }

    static EmployeePlan plan(CsvTable table, OrganisationSnapshot snapshot, LocalDate today) {
        return new EmployeePlanner(table, snapshot, today).plan();
    }

    private EmployeePlan plan() {
        if (table.unusable()) {
            return new EmployeePlan(problems, List.of(), 0, 0, Map.of());
        }
        List<Draft> drafts = table.rows().stream().map(this::read).toList();
        Map<String, Draft> byNumber = checkDuplicates(drafts);
        checkEmailOwners(drafts, byNumber);
        checkManagers(drafts, byNumber);
        checkCycles(drafts, byNumber);

        List<PlannedEmployee> planned = new ArrayList<>();
        int unchanged = 0;
        for (Draft draft : drafts) {
            if (draft.cells.bad()) {
                continue;
            }
            if (draft.existing == null) {
                planned.add(new PlannedEmployee(draft.cells.row(), ImportAction.CREATED, null, null, draft.after,
                    draft.effectiveDate, created(draft.after)));
                continue;
            }
            List<FieldChange> changes = differences(draft.existing.values(), draft.after);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                planned.add(new PlannedEmployee(draft.cells.row(), ImportAction.CHANGED, draft.existing.id(),
                    draft.existing.values(), draft.after, draft.effectiveDate, changes));
            }
        }
        problems.sort(ImportProblem.IN_FILE_ORDER);
        Map<String, String> titles = new LinkedHashMap<>();
        newTitles.forEach((code, title) -> titles.put(code, title.name()));
        return new EmployeePlan(List.copyOf(problems), planned, table.dataRows(), unchanged, titles);
    }

    private Draft read(CsvRow row) {
        RowCells cells = new RowCells(table, row, problems);
        Draft draft = new Draft();
        draft.cells = cells;
        String number = cells.code("employee_number", true);
        String fullName = cells.required("full_name", 200);
        String email = cells.email("work_email");
        ExistingEmployee existing = number == null ? null : snapshot.employees().get(number);
        EmployeeValues current = existing == null ? null : existing.values();

        String department = keepOrRead(cells, "department_code", current == null ? null : current.departmentCode());
        if (department != null && cells.present("department_code")
            && !snapshot.departments().containsKey(department)) {
            cells.error("department_code", "people.import.error.department-unknown", department);
        }
        String jobTitle = jobTitle(cells, current);
        String manager = keepOrRead(cells, "manager_number", current == null ? null : current.managerNumber());

        LocalDate hireDate = cells.requiredDate("hire_date");
        if (hireDate != null && hireDate.isAfter(today)) {
            cells.error("hire_date", "people.import.error.hire-date-future");
        }
        EmploymentStatus status = cells.enumValue("status", EmploymentStatus.class, "people.import.error.status");
        if (status == null) {
            status = current == null ? EmploymentStatus.ACTIVE : current.status();
        }
        LocalDate endDate = endDate(cells, current, status, hireDate);
        String language = language(cells, current);
        Gender gender = cells.present("gender")
            ? cells.enumValue("gender", Gender.class, "people.import.error.gender")
            : current == null ? null : current.gender();
        Integer birthYear = cells.present("birth_year")
            ? cells.year("birth_year", today.getYear())
            : current == null ? null : current.birthYear();
        String location = cells.present("location")
            ? cells.text("location", 100)
            : current == null ? null : current.location();
        LocalDate effective = cells.date("effective_date");
        if (effective != null && hireDate != null && effective.isBefore(hireDate)) {
            cells.error("effective_date", "people.import.error.effective-before-hire");
        }

        draft.number = number;
        draft.email = email;
        draft.existing = existing;
        draft.effectiveDate = effective == null ? today : effective;
        draft.after = new EmployeeValues(number, fullName, email, department, jobTitle, manager, hireDate, status,
            endDate, language, gender, birthYear, location);
        return draft;
    }

    /** A code column: left out keeps the current value, an empty cell clears it. */
    private static String keepOrRead(RowCells cells, String column, String current) {
        return cells.present(column) ? cells.code(column, false) : current;
    }

    /** A known code, or a new one with its name; the same new code must have one name in the file. */
    private String jobTitle(RowCells cells, EmployeeValues current) {
        String name = cells.text("job_title_name", 200);
        if (!cells.present("job_title_code")) {
            if (name != null) {
                cells.error("job_title_name", "people.import.error.job-title-name-without-code");
            }
            return current == null ? null : current.jobTitleCode();
        }
        String code = cells.code("job_title_code", false);
        if (code == null) {
            if (name != null && !cells.filled("job_title_code")) {
                cells.error("job_title_name", "people.import.error.job-title-name-without-code");
            }
            return null;
        }
        if (snapshot.jobTitles().containsKey(code)) {
            return code;
        }
        if (name == null) {
            cells.error("job_title_code", "people.import.error.job-title-unknown", code);
            return null;
        }
        NewTitle first = newTitles.putIfAbsent(code, new NewTitle(name, cells.row()));
        if (first != null && !first.name().equals(name)) {
            cells.error("job_title_name", "people.import.error.job-title-names-differ", code, first.row());
        }
        return code;
    }

    private static LocalDate endDate(RowCells cells, EmployeeValues current, EmploymentStatus status,
                                     LocalDate hireDate) {
        LocalDate given = cells.date("end_date");
        LocalDate endDate;
        if (status == EmploymentStatus.INACTIVE) {
            endDate = given;
            if (endDate == null && !cells.filled("end_date") && current != null
                && current.status() == EmploymentStatus.INACTIVE) {
                endDate = current.endDate();
            }
            if (endDate == null && !cells.filled("end_date")) {
                cells.error(cells.present("end_date") ? "end_date" : "status",
                    "people.import.error.end-date-required");
            }
        } else {
            if (cells.filled("end_date")) {
                cells.error("end_date", "people.import.error.end-date-not-inactive");
            }
            endDate = null;
        }
        if (endDate != null && hireDate != null && endDate.isBefore(hireDate)) {
            cells.error("end_date", "people.import.error.end-before-hire");
        }
        return endDate;
    }

    private static String language(RowCells cells, EmployeeValues current) {
        String value = cells.text("preferred_language", 10);
        if (value == null) {
            return current == null ? "en" : current.language();
        }
        String language = LANGUAGES.get(value.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (language == null) {
            cells.error("preferred_language", "people.import.error.language");
        }
        return language;
    }

    /** The first row with each employee number wins; later ones are errors. */
    private Map<String, Draft> checkDuplicates(List<Draft> drafts) {
        Map<String, Draft> byNumber = new LinkedHashMap<>();
        Map<String, Integer> emailRows = new HashMap<>();
        for (Draft draft : drafts) {
            if (draft.number != null) {
                Draft first = byNumber.putIfAbsent(draft.number, draft);
                if (first != null) {
                    draft.duplicate = true;
                    draft.cells.error("employee_number", "people.import.error.duplicate-number", first.cells.row());
                }
            }
            if (draft.email != null) {
                Integer first = emailRows.putIfAbsent(draft.email.toLowerCase(Locale.ROOT), draft.cells.row());
                if (first != null) {
                    draft.cells.error("work_email", "people.import.error.duplicate-email", first);
                }
            }
        }
        return byNumber;
    }

    /** An address may be taken over only from someone the same file gives another address. */
    private void checkEmailOwners(List<Draft> drafts, Map<String, Draft> byNumber) {
        for (Draft draft : drafts) {
            if (draft.email == null || draft.number == null || draft.duplicate) {
                continue;
            }
            String lower = draft.email.toLowerCase(Locale.ROOT);
            String owner = snapshot.emailOwners().get(lower);
            if (owner == null || owner.equals(draft.number)) {
                continue;
            }
            Draft ownerRow = byNumber.get(owner);
            boolean movesAway = ownerRow != null && ownerRow.email != null
                && !ownerRow.email.toLowerCase(Locale.ROOT).equals(lower);
            if (!movesAway) {
                draft.cells.error("work_email", "people.import.error.email-taken", owner);
            }
        }
    }

    private void checkManagers(List<Draft> drafts, Map<String, Draft> byNumber) {
        for (Draft draft : drafts) {
            String manager = draft.after.managerNumber();
            if (manager == null || !draft.cells.present("manager_number")) {
                continue;
            }
            if (manager.equals(draft.number)) {
                draft.cells.error("manager_number", "people.import.error.manager-self");
                draft.managerBad = true;
            } else if (!byNumber.containsKey(manager) && !snapshot.employees().containsKey(manager)) {
                draft.cells.error("manager_number", "people.import.error.manager-unknown", manager);
                draft.managerBad = true;
            }
        }
    }

    /**
     * Walks up every reporting line the file touches, over the database and the file together.
     * The database has no loops, so every loop found runs through rows of the file.
     */
    private void checkCycles(List<Draft> drafts, Map<String, Draft> byNumber) {
        Map<String, String> managerOf = new HashMap<>();
        snapshot.employees().forEach((number, e) -> {
            if (e.values().managerNumber() != null) {
                managerOf.put(number, e.values().managerNumber());
            }
        });
        byNumber.forEach((number, draft) -> {
            String manager = draft.managerBad ? null : draft.after.managerNumber();
            if (manager == null) {
                managerOf.remove(number);
            } else {
                managerOf.put(number, manager);
            }
        });
        for (List<String> loop : Loops.find(byNumber.keySet(), managerOf)) {
            String shown = Loops.describe(loop);
            for (String number : loop) {
                Draft draft = byNumber.get(number);
                if (draft != null) {
                    draft.cells.error("manager_number", "people.import.error.manager-cycle", shown);
                }
            }
        }
    }

    private static List<FieldChange> created(EmployeeValues after) {
        List<FieldChange> shown = new ArrayList<>();
        FieldChange.initial(shown, "department_code", after.departmentCode());
        FieldChange.initial(shown, "job_title_code", after.jobTitleCode());
        FieldChange.initial(shown, "manager_number", after.managerNumber());
        if (after.status() != EmploymentStatus.ACTIVE) {
            FieldChange.initial(shown, "status", after.status());
        }
        return shown;
    }

    private static List<FieldChange> differences(EmployeeValues before, EmployeeValues after) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.compare(changes, "full_name", before.fullName(), after.fullName());
        FieldChange.compare(changes, "work_email", before.email(), after.email());
        FieldChange.compare(changes, "department_code", before.departmentCode(), after.departmentCode());
        FieldChange.compare(changes, "job_title_code", before.jobTitleCode(), after.jobTitleCode());
        FieldChange.compare(changes, "manager_number", before.managerNumber(), after.managerNumber());
        FieldChange.compare(changes, "hire_date", before.hireDate(), after.hireDate());
        FieldChange.compare(changes, "status", before.status(), after.status());
        FieldChange.compare(changes, "end_date", before.endDate(), after.endDate());
        FieldChange.compare(changes, "preferred_language", before.language(), after.language());
        FieldChange.compareHidden(changes, "gender", before.gender(), after.gender());
        FieldChange.compareHidden(changes, "birth_year", before.birthYear(), after.birthYear());
        FieldChange.compare(changes, "location", before.location(), after.location());
        assert Objects.equals(before.number(), after.number());
        return changes;
    }
}
