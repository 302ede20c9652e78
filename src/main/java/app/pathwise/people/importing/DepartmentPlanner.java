package app.pathwise.people.importing;

import app.pathwise.people.importing.OrganisationSnapshot.ExistingDepartment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a department file against itself and the database and works out what it would do.
 * A parent may be defined further down the same file. Without a {@code parent_code} column,
 * parents stay as they are; an empty cell makes a department top-level.
 */
final class DepartmentPlanner {

    record PlannedDepartment(int row, ImportAction action, Long id, String code, String name, String parentCode,
                             List<FieldChange> changes) {
    }

    record DepartmentPlan(List<ImportProblem> problems, List<PlannedDepartment> planned, int rows, int unchanged)
        implements ImportPlan {

        @Override
        public List<ImportChangeView> changes() {
            return planned.stream().map(p -> new ImportChangeView(p.row(), p.code(), p.name(), p.action(),
                FieldChange.describe(p.changes()))).toList();
        }

        @Override
        public ImportCounts counts() {
            int created = (int) planned.stream().filter(p -> p.action() == ImportAction.CREATED).count();
            return new ImportCounts(rows, created, planned.size() - created, unchanged, 0);
        }

        @Override
        public String digest() {
            ImportPlan.Digest digest = new ImportPlan.Digest();
            planned.forEach(p -> digest.add(p.row(), p.action(), p.id(), p.code(), p.name(), p.parentCode()));
            return digest.hex();
        }
    }

    private record Draft(RowCells cells, String code, String name, String parentCode, ExistingDepartment existing) {
    }

    private DepartmentPlanner() {
    }

    static DepartmentPlan plan(CsvTable table, OrganisationSnapshot snapshot) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        if (table.unusable()) {
            return new DepartmentPlan(problems, List.of(), 0, 0);
        }
        Map<String, Draft> byCode = new LinkedHashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            RowCells cells = new RowCells(table, row, problems);
            String code = cells.code("code", true);
            String name = cells.required("name", 200);
            ExistingDepartment existing = code == null ? null : snapshot.departments().get(code);
            String parent = table.has("parent_code") ? cells.code("parent_code", false)
                : existing == null ? null : existing.parentCode();
            Draft draft = new Draft(cells, code, name, parent, existing);
            drafts.add(draft);
            if (code != null) {
                Draft first = byCode.putIfAbsent(code, draft);
                if (first != null) {
                    cells.error("code", "people.import.error.duplicate-code", first.cells().row());
                }
            }
        }

        Map<String, String> parentOf = new HashMap<>();
        snapshot.departments().forEach((code, d) -> {
            if (d.parentCode() != null) {
                parentOf.put(code, d.parentCode());
            }
        });
        byCode.forEach((code, draft) -> {
            String parent = draft.parentCode();
            boolean bad = false;
            if (parent != null && table.has("parent_code")) {
                if (parent.equals(code)) {
                    draft.cells().error("parent_code", "people.import.error.parent-self");
                    bad = true;
                } else if (!byCode.containsKey(parent) && !snapshot.departments().containsKey(parent)) {
                    draft.cells().error("parent_code", "people.import.error.parent-unknown", parent);
                    bad = true;
                }
            }
            if (parent == null || bad) {
                parentOf.remove(code);
            } else {
                parentOf.put(code, parent);
            }
        });
        for (List<String> loop : Loops.find(byCode.keySet(), parentOf)) {
            String shown = Loops.describe(loop);
            loop.stream().map(byCode::get).filter(java.util.Objects::nonNull)
                .forEach(d -> d.cells().error("parent_code", "people.import.error.parent-cycle", shown));
        }

        List<PlannedDepartment> planned = new ArrayList<>();
        int unchanged = 0;
        for (Draft draft : drafts) {
            if (draft.cells().bad()) {
                continue;
            }
            List<FieldChange> changes = new ArrayList<>();
            ExistingDepartment existing = draft.existing();
            if (existing == null) {
                FieldChange.initial(changes, "parent_code", draft.parentCode());
                planned.add(new PlannedDepartment(draft.cells().row(), ImportAction.CREATED, null, draft.code(),
                    draft.name(), draft.parentCode(), changes));
                continue;
            }
            FieldChange.compare(changes, "name", existing.name(), draft.name());
            FieldChange.compare(changes, "parent_code", existing.parentCode(), draft.parentCode());
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                planned.add(new PlannedDepartment(draft.cells().row(), ImportAction.CHANGED, existing.id(),
                    draft.code(), draft.name(), draft.parentCode(), changes));
            }
        }
        problems.sort(ImportProblem.IN_FILE_ORDER);
        return new DepartmentPlan(List.copyOf(problems), planned, table.dataRows(), unchanged);
    }
}
