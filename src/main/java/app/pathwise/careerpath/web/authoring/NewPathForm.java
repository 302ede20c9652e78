package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.PathService;
import app.pathwise.careerpath.authoring.PathTrack;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new path: its family, code and track, and the name of its first version. */
public class NewPathForm {

    @NotNull
    private Long familyId;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

    @NotNull
    private PathTrack track;

    @NotBlank
    @Size(max = 200)
    private String nameEn;

    @Size(max = 200)
    private String nameVi;

    @Size(max = 200)
    private String nameZh;

    @Size(max = 4000)
    private String descriptionEn;

    @Size(max = 4000)
    private String descriptionVi;

    @Size(max = 4000)
    private String descriptionZh;

    PathService.NewPath toNewPath() {
        return new PathService.NewPath(familyId, code, track, new LocalizedText(nameEn, nameVi, nameZh),
            new LocalizedText(descriptionEn, descriptionVi, descriptionZh));
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PathTrack getTrack() {
        return track;
    }

    public void setTrack(PathTrack track) {
        this.track = track;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }
}
