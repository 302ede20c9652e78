package app.pathwise.careerpath.explore;

import app.pathwise.people.SearchText;
import java.util.Arrays;
import java.util.List;

/**
 * SQL pieces the explorer's queries share, so that every page places people and filters versions
 * the same way: only PUBLISHED versions ever reach a reader.
 */
public final class Sql {

    /**
     * Each job title's level: the level of a published version tied to the title. When a title is
     * tied to several published levels, the first family, path and level in display order wins.
     */
    public static final String TITLE_LEVEL = """
        title_level as (
            select distinct on (j.job_title_id) j.job_title_id, cl.id as level_id, cp.id as path_id,
                   cp.job_family_id as family_id
              from level_job_title j
              join career_level cl on cl.id = j.level_id
              join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
              join career_path cp on cp.id = v.path_id
              join job_family f on f.id = cp.job_family_id
             order by j.job_title_id, f.position, f.id, cp.position, cp.id, cl.position, cl.id
        )""";

    /** A scalar subquery: the level of employee {@code :viewer} (same rule as {@link #TITLE_LEVEL}). */
    public static final String VIEWER_LEVEL = """
        (select cl.id from employee e
           join level_job_title j on j.job_title_id = e.job_title_id
           join career_level cl on cl.id = j.level_id
           join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
           join career_path cp on cp.id = v.path_id
           join job_family f on f.id = cp.job_family_id
          where e.id = :viewer
          order by f.position, f.id, cp.position, cp.id, cl.position, cl.id limit 1)""";

    /** Lower-case Vietnamese letters with diacritics, and what {@link SearchText} makes of each. */
    private static final String MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    private static final String PLAIN = plain(MARKED);

    private Sql() {
    }

    /** The three columns of a localized text, aliased: {@code localized("v.name", "path_name")}. */
    public static String localized(String column, String alias) {
        return column + "_en as " + alias + "_en, " + column + "_vi as " + alias + "_vi, " + column + "_zh as "
            + alias + "_zh";
    }

    /** An SQL expression folding a column like {@link SearchText#normalise}: lower case, no Vietnamese marks. */
    public static String folded(String column) {
        return "translate(lower(coalesce(" + column + ", '')), '" + MARKED + "', '" + PLAIN + "')";
    }

    /** A LIKE pattern for "contains", on normalised text, with LIKE's wildcards escaped. */
    public static String containsPattern(String query) {
        String text = SearchText.normalise(query);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The words of a query, normalised, at most {@code max} of them: each must be found. */
    public static List<String> words(String query, int max) {
        String text = SearchText.normalise(query);
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(" ")).distinct().limit(max).toList();
    }

    private static String plain(String marked) {
        StringBuilder plain = new StringBuilder();
        marked.codePoints().forEach(c -> plain.append(SearchText.normalise(new String(Character.toChars(c)))));
        if (plain.length() != marked.length()) {
            throw new IllegalStateException("every marked letter must fold to one letter");
        }
        return plain.toString();
    }
}
