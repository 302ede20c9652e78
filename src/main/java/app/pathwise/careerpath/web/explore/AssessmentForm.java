package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.explore.AssessmentSheet;
import java.util.ArrayList;
import java.util.List;

/** The assessment form: one row per listed competency; rows without a level are not rated this time. */
public class AssessmentForm {

    private List<RatingRow> rows = new ArrayList<>();

    /** An empty row per competency of the sheet, in its order. */
    static AssessmentForm blank(AssessmentSheet sheet) {
        AssessmentForm form = new AssessmentForm();
        sheet.items().forEach(item -> {
            RatingRow row = new RatingRow();
            row.setCompetencyId(item.competencyId());
            form.rows.add(row);
        });
        return form;
    }

    public List<RatingRow> getRows() {
        return rows;
    }

    public void setRows(List<RatingRow> rows) {
        this.rows = rows;
    }

    /** One competency's rating as typed: a level on the scale, evidence (text or a link), a comment. */
    public static class RatingRow {

        static final int MAX_TEXT = 2000;

        private Long competencyId;
        private Integer level;
        private String evidence;
        private String comment;

        public Long getCompetencyId() {
            return competencyId;
        }

        public void setCompetencyId(Long competencyId) {
            this.competencyId = competencyId;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        boolean hasText() {
            return evidence != null && !evidence.isBlank() || comment != null && !comment.isBlank();
        }
    }
}
