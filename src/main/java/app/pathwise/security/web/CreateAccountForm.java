package app.pathwise.security.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account: e-mail, optional employee link, first password, language. */
public class CreateAccountForm {

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private Long employeeId;

    @NotBlank
    private String password;

    @Pattern(regexp = "en|vi|zh-CN")
    private String language = "en";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Long employeeId) {
        this.employeeId = employeeId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
