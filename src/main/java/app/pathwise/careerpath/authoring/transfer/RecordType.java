package app.pathwise.careerpath.authoring.transfer;

import java.util.List;

/**
 * The kinds of row in the framework file, each with the columns it needs and may use. A row's
 * other cells must be empty. See docs/career-path-file-format.md.
 */
public enum RecordType {

    COMPETENCY(List.of("competency", "group", "name_en"), List.of("name_vi", "name_zh", "description_en",
        "description_vi", "description_zh", "active")),
    INDICATOR(List.of("competency", "proficiency", "description_en"), List.of("description_vi", "description_zh")),
    CERTIFICATION(List.of("certification", "name_en"), List.of("name_vi", "name_zh", "issuer", "validity_months")),
    FAMILY(List.of("family", "name_en"), List.of("name_vi", "name_zh", "description_en", "description_vi",
        "description_zh", "position")),
    PATH(List.of("path", "family", "track", "name_en"), List.of("name_vi", "name_zh", "description_en",
        "description_vi", "description_zh")),
    LEVEL(List.of("path", "level", "name_en"), List.of("name_vi", "name_zh", "description_en", "description_vi",
        "description_zh", "responsibilities_en", "responsibilities_vi", "responsibilities_zh", "education_en",
        "education_vi", "education_zh", "years", "position")),
    REQUIREMENT(List.of("path", "level", "competency", "proficiency"), List.of()),
    LEVEL_CERTIFICATION(List.of("path", "level", "certification"), List.of()),
    LEVEL_JOB_TITLE(List.of("path", "level", "job_title"), List.of()),
    MOVE(List.of("path", "level", "target_path", "target_level"), List.of("description_en", "description_vi",
        "description_zh"));

    /** Every column of the file, in the order the export writes them. */
    public static final List<String> COLUMNS = List.of("record", "family", "path", "level", "competency",
        "certification", "job_title", "group", "track", "position", "proficiency", "years", "issuer",
        "validity_months", "active", "target_path", "target_level", "name_en", "name_vi", "name_zh", "description_en",
        "description_vi", "description_zh", "responsibilities_en", "responsibilities_vi", "responsibilities_zh",
        "education_en", "education_vi", "education_zh");

    /** Columns holding whole numbers (a sign there is refused with its own message). */
    static final List<String> NUMERIC = List.of("position", "proficiency", "years", "validity_months");

    private final List<String> required;
    private final List<String> optional;

    RecordType(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public boolean uses(String column) {
        return column.equals("record") || required.contains(column) || optional.contains(column);
    }
}
