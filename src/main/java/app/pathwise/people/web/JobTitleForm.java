package app.pathwise.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A job title: code and name. */
public class JobTitleForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{people.department.code-format}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    private Long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
