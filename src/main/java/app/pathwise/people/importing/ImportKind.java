package app.pathwise.people.importing;

import java.util.List;
import java.util.Set;

/**
 * The two kinds of file HR can import, with their columns. Departments come first, so employees
 * can refer to them by code.
 */
public enum ImportKind {

    DEPARTMENTS(List.of("code", "name"), List.of("parent_code"), Set.of()),
    EMPLOYEES(List.of("employee_number", "full_name", "work_email", "hire_date"),
        List.of("department_code", "job_title_code", "job_title_name", "manager_number", "status", "end_date",
            "preferred_language", "gender", "birth_year", "location", "effective_date"),
        Set.of("birth_year"));

    private final List<String> required;
    private final List<String> optional;
    private final Set<String> numeric;

    ImportKind(List<String> required, List<String> optional, Set<String> numeric) {
        this.required = required;
        this.optional = optional;
        this.numeric = numeric;
    }

    public List<String> requiredColumns() {
        return required;
    }

    public List<String> optionalColumns() {
        return optional;
    }

    /** Every column the file may have, required ones first. */
    public List<String> columns() {
        return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
    }

    public boolean isRequired(String column) {
        return required.contains(column);
    }

    boolean isNumeric(String column) {
        return numeric.contains(column);
    }

    /** The file name of the downloadable template, and the path segment of its address. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<ImportKind> fromSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
