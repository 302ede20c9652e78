package app.pathwise.careerpath;

import app.pathwise.careerpath.explore.NeedsMapSql;
import app.pathwise.people.Option;
import app.pathwise.people.OrganisationService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The needs map: for a group, each competency its people's levels require, against their current
 * proficiency; per competency, how many people are below requirement. Managers see their reporting
 * line, HR everyone. Aggregated in SQL: four statements whatever the size of the group (the scope
 * choices, the group, and the cells), the people and ratings never travel to Java for large groups.
 * It is the input to training needs.
 */
@Component
public class NeedsMapQueries {

    /** Up to this many people the map shows one column per person; above, one per department. */
    public static final int PEOPLE_COLUMNS = 25;
    /** Department columns per page. */
    public static final int DEPARTMENT_COLUMNS = 25;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisation;
    private final PathExplorerQueries explorer;

    NeedsMapQueries(NamedParameterJdbcTemplate jdbc, OrganisationService organisation, PathExplorerQueries explorer) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.explorer = explorer;
    }

    /**
     * The needs map of a scope the user may see. A manager (not HR) may choose their team, their line,
     * a department where people of their line work, or a job family (within their line); HR anything.
     * A scope outside the user's reach gets the not-found answer.
     */
    public NeedsMap map(PathwiseUser user, NeedsMapScope scope, int columnPage) {
        boolean hr = user.has(Role.HR);
        if (!hr && !user.has(Role.MANAGER)) {
            throw new NotFoundException();
        }
        Long me = user.employeeId();
        if (me == null && (!hr || scope.kind() == NeedsMapScope.Kind.TEAM || scope.kind() == NeedsMapScope.Kind.LINE)) {
            throw new NotFoundException();
        }
        List<Option> departments = hr ? organisation.departmentOptions() : departmentsInLine(me);
        List<ExplorerFamily> families = explorer.families();
        scope = withDefaults(scope, hr, departments, families);
        check(scope, hr, departments, families);

        NeedsMapSql sql = new NeedsMapSql(scope, hr ? null : me, me);
        List<NeedsMapColumn> people = new ArrayList<>();
        int[] counts = new int[2];
        jdbc.query(sql.people(PEOPLE_COLUMNS + 1), sql.parameters(), rs -> {
            counts[0] = rs.getInt("people");
            counts[1] = rs.getInt("placed");
            people.add(new NeedsMapColumn(rs.getLong("employee_id"), rs.getString("full_name"),
                LocalizedText.from(rs, "level_title"), 1));
        });
        return counts[0] <= PEOPLE_COLUMNS
            ? byPerson(scope, counts, people, departments, families)
            : byDepartment(sql, scope, counts, Math.max(0, columnPage), departments, families);
    }

    private NeedsMap byPerson(NeedsMapScope scope, int[] counts, List<NeedsMapColumn> people,
                              List<Option> departments, List<ExplorerFamily> families) {
        Map<Long, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            columnOf.put(people.get(i).id(), i);
        }
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        if (!people.isEmpty()) {
            jdbc.query(NeedsMapSql.PERSON_CELLS, Map.of("ids", columnOf.keySet()), rs -> {
                RowBuilder row = RowBuilder.in(rows, rs, people.size());
                Integer current = (Integer) rs.getObject("current_level");
                int required = rs.getInt("required_level");
                boolean below = current == null || current < required;
                row.people++;
                row.below += below ? 1 : 0;
                row.cells[columnOf.get(rs.getLong("employee_id"))] = new NeedsMapCell(1, below ? 1 : 0, required,
                    current == null ? 0 : current, current != null, rs.getBoolean("confirmed"));
            });
        }
        return new NeedsMap(scope, counts[0], counts[1], false, people, sorted(rows), 0, 1, departments, families);
    }

    private NeedsMap byDepartment(NeedsMapSql sql, NeedsMapScope scope, int[] counts, int columnPage,
                                  List<Option> departments, List<ExplorerFamily> families) {
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        Map<Long, NeedsMapColumn> columns = new LinkedHashMap<>();
        List<DepartmentCell> cells = new ArrayList<>();
        jdbc.query(sql.departmentCells(), sql.parameters(), rs -> {
            RowBuilder row = RowBuilder.in(rows, rs, 0);
            // a competency's totals are the sums of its cells in every department, shown or not
            row.people += rs.getInt("people");
            row.below += rs.getInt("below");
            Long department = (Long) rs.getObject("department_id");
            columns.putIfAbsent(department, new NeedsMapColumn(department, rs.getString("department_name"), null,
                rs.getInt("department_people")));
            cells.add(new DepartmentCell(rs.getLong("competency_id"), department, new NeedsMapCell(rs.getInt("people"),
                rs.getInt("below"), rs.getDouble("avg_required"), rs.getDouble("avg_current"), true, true)));
        });
        List<NeedsMapColumn> allColumns = columns.values().stream()
            .sorted(Comparator.comparing(c -> c.label() == null ? "\uffff" : c.label().toLowerCase(Locale.ROOT)))
            .toList();
        int pages = Math.max(1, (allColumns.size() + DEPARTMENT_COLUMNS - 1) / DEPARTMENT_COLUMNS);
        int page = Math.min(columnPage, pages - 1);
        List<NeedsMapColumn> shown = allColumns.subList(page * DEPARTMENT_COLUMNS,
            Math.min(allColumns.size(), (page + 1) * DEPARTMENT_COLUMNS));
        Map<Long, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            columnOf.put(shown.get(i).id(), i);
        }
        rows.values().forEach(row -> row.cells = new NeedsMapCell[shown.size()]);
        for (DepartmentCell cell : cells) {
            Integer column = columnOf.get(cell.department());
            if (column != null) {
                rows.get(cell.competencyId()).cells[column] = cell.cell();
            }
        }
        return new NeedsMap(scope, counts[0], counts[1], true, shown, sorted(rows), page, pages, departments,
            families);
    }

    private List<Option> departmentsInLine(long manager) {
        return jdbc.query(NeedsMapSql.DEPARTMENTS_IN_LINE, Map.of("me", manager),
            (rs, n) -> new Option(rs.getLong("id"), rs.getString("name")));
    }

    /** A family scope without a family takes the first; a manager's department scope the first department. */
    private static NeedsMapScope withDefaults(NeedsMapScope scope, boolean hr, List<Option> departments,
                                              List<ExplorerFamily> families) {
        if (scope.kind() == NeedsMapScope.Kind.FAMILY && scope.familyId() == null && !families.isEmpty()) {
            return new NeedsMapScope(scope.kind(), null, families.get(0).id());
        }
        if (scope.kind() == NeedsMapScope.Kind.DEPARTMENT && scope.departmentId() == null && !hr
            && !departments.isEmpty()) {
            return new NeedsMapScope(scope.kind(), departments.get(0).id(), null);
        }
        return scope;
    }

    private static void check(NeedsMapScope scope, boolean hr, List<Option> departments,
                              List<ExplorerFamily> families) {
        boolean allowed = switch (scope.kind()) {
            case TEAM, LINE -> true;
            case DEPARTMENT -> scope.departmentId() == null ? hr
                : departments.stream().anyMatch(d -> d.id() == scope.departmentId());
            case FAMILY -> scope.familyId() != null && families.stream().anyMatch(f -> f.id() == scope.familyId());
        };
        if (!allowed) {
            throw new NotFoundException();
        }
    }

    private static List<NeedsMapRow> sorted(Map<Long, RowBuilder> rows) {
        return rows.values().stream().map(RowBuilder::build)
            .sorted(Comparator.comparingInt(NeedsMapRow::below).reversed()
                .thenComparing(Comparator.comparingInt(NeedsMapRow::people).reversed())
                .thenComparing(NeedsMapRow::code))
            .toList();
    }

    private record DepartmentCell(long competencyId, Long department, NeedsMapCell cell) {
    }

    private static final class RowBuilder {
        final long competencyId;
        final String code;
        final LocalizedText name;
        final LocalizedText group;
        int people;
        int below;
        NeedsMapCell[] cells;

        private RowBuilder(long competencyId, String code, LocalizedText name, LocalizedText group, int columns) {
            this.competencyId = competencyId;
            this.code = code;
            this.name = name;
            this.group = group;
            this.cells = new NeedsMapCell[columns];
        }

        /** The row of the result set's competency, added to the rows when it is the first of it. */
        static RowBuilder in(Map<Long, RowBuilder> rows, ResultSet rs, int columns) throws SQLException {
            long id = rs.getLong("competency_id");
            RowBuilder row = rows.get(id);
            if (row == null) {
                row = new RowBuilder(id, rs.getString("code"), LocalizedText.from(rs, "name"),
                    LocalizedText.from(rs, "group_name"), columns);
                rows.put(id, row);
            }
            return row;
        }

        NeedsMapRow build() {
            return new NeedsMapRow(competencyId, code, name, group, people, below,
                Arrays.asList(cells.clone()));
        }
    }
}
