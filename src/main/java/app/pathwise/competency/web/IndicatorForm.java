package app.pathwise.competency.web;

import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.Size;

/** The behaviours that show a competency at one level of the scale (English required, checked by the service). */
public class IndicatorForm {

    private int level;

    @Size(max = 4000)
    private String behavioursEn;

    @Size(max = 4000)
    private String behavioursVi;

    @Size(max = 4000)
    private String behavioursZh;

    public IndicatorForm() {
    }

    IndicatorForm(int level, LocalizedText behaviours) {
        this.level = level;
        this.behavioursEn = behaviours.en();
        this.behavioursVi = behaviours.vi();
        this.behavioursZh = behaviours.zh();
    }

    LocalizedText behaviours() {
        return new LocalizedText(behavioursEn, behavioursVi, behavioursZh);
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public String getBehavioursEn() {
        return behavioursEn;
    }

    public void setBehavioursEn(String behavioursEn) {
        this.behavioursEn = behavioursEn;
    }

    public String getBehavioursVi() {
        return behavioursVi;
    }

    public void setBehavioursVi(String behavioursVi) {
        this.behavioursVi = behavioursVi;
    }

    public String getBehavioursZh() {
        return behavioursZh;
    }

    public void setBehavioursZh(String behavioursZh) {
        this.behavioursZh = behavioursZh;
    }
}
