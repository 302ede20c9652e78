package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.LevelDetails;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.Size;

/**
 * One lateral move of a level: the target (path id and level code, as {@code 12:SENIOR}) and a note; a row
 * left empty is ignored.
 */
public class MoveRow {

    private String target;

    @Size(max = 1000)
    private String noteEn;

    @Size(max = 1000)
    private String noteVi;

    @Size(max = 1000)
    private String noteZh;

    boolean blank() {
        return (target == null || target.isBlank()) && new LocalizedText(noteEn, noteVi, noteZh).isEmpty();
    }

    LevelDetails.Move toMove() {
        Long pathId = null;
        String levelCode = null;
        if (target != null) {
            int colon = target.indexOf(':');
            if (colon > 0 && colon < target.length() - 1) {
                try {
                    pathId = Long.valueOf(target.substring(0, colon));
                    levelCode = target.substring(colon + 1);
                } catch (NumberFormatException e) {
                    pathId = null;
                }
            }
        }
        return new LevelDetails.Move(pathId, pathId == null ? null : levelCode,
            new LocalizedText(noteEn, noteVi, noteZh));
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getNoteEn() {
        return noteEn;
    }

    public void setNoteEn(String noteEn) {
        this.noteEn = noteEn;
    }

    public String getNoteVi() {
        return noteVi;
    }

    public void setNoteVi(String noteVi) {
        this.noteVi = noteVi;
    }

    public String getNoteZh() {
        return noteZh;
    }

    public void setNoteZh(String noteZh) {
        this.noteZh = noteZh;
    }
}
