package app.pathwise.competency.web;

import app.pathwise.competency.CompetencyDetails;
import app.pathwise.competency.CompetencyDraft;
import app.pathwise.competency.CompetencyService;
import app.pathwise.competency.IndicatorView;
import app.pathwise.competency.ScaleLevelView;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A competency on one form: code, group, name and description in three languages, and the
 * behaviours for every level of the scale (one entry per level, in scale order).
 */
public class CompetencyForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

    @NotNull(message = "{competency.error.group-required}")
    private Long groupId;

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

    private long version;

    @Valid
    private List<IndicatorForm> indicators = new ArrayList<>();

    static CompetencyForm from(CompetencyDetails details) {
        CompetencyForm form = new CompetencyForm();
        form.code = details.competency().code();
        form.groupId = details.competency().groupId();
        form.nameEn = details.competency().name().en();
        form.nameVi = details.competency().name().vi();
        form.nameZh = details.competency().name().zh();
        form.descriptionEn = details.competency().description().en();
        form.descriptionVi = details.competency().description().vi();
        form.descriptionZh = details.competency().description().zh();
        form.version = details.version();
        for (IndicatorView indicator : details.indicators()) {
            form.indicators.add(new IndicatorForm(indicator.level(), indicator.behaviours()));
        }
        return form;
    }

    /** One entry per level of the scale, in order, keeping what was typed for each level. */
    void alignTo(List<ScaleLevelView> scale) {
        Map<Integer, IndicatorForm> typed = new LinkedHashMap<>();
        indicators.forEach(indicator -> typed.putIfAbsent(indicator.getLevel(), indicator));
        List<IndicatorForm> aligned = new ArrayList<>();
        for (ScaleLevelView level : scale) {
            IndicatorForm indicator = typed.getOrDefault(level.level(), new IndicatorForm(level.level(),
                LocalizedText.EMPTY));
            aligned.add(indicator);
        }
        indicators = aligned;
    }

    /** The form field for a field name the service reports (behaviours are named by level). */
    String fieldFor(String serviceField) {
        for (int i = 0; i < indicators.size(); i++) {
            if (serviceField.equals(CompetencyService.behavioursField(indicators.get(i).getLevel()))) {
                return "indicators[" + i + "].behavioursEn";
            }
        }
        return serviceField.startsWith("behaviours[") ? null : serviceField;
    }

    CompetencyDraft toDraft() {
        Map<Integer, LocalizedText> behaviours = new LinkedHashMap<>();
        indicators.forEach(indicator -> behaviours.put(indicator.getLevel(), indicator.behaviours()));
        return new CompetencyDraft(code, groupId, new LocalizedText(nameEn, nameVi, nameZh),
            new LocalizedText(descriptionEn, descriptionVi, descriptionZh), behaviours);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<IndicatorForm> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorForm> indicators) {
        this.indicators = indicators;
    }
}
