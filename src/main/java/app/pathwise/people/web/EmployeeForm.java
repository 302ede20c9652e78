package app.pathwise.people.web;

import app.pathwise.people.EmployeeDetails;
import app.pathwise.people.EmployeeProfile;
import app.pathwise.people.Gender;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The employee form, for creating and editing; the manager is given by employee number. */
public class EmployeeForm {

    /** Validation group for what only a new employee needs (the number is fixed afterwards). */
    public interface Creating {
    }

    @NotBlank(groups = Creating.class)
    @Size(max = 40, groups = Creating.class)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{people.employee.number-format}", groups = Creating.class)
    private String employeeNumber;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String workEmail;

    private Long departmentId;
    private Long jobTitleId;

    @Size(max = 40)
    private String managerNumber;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hireDate;

    @NotBlank
    @Pattern(regexp = "en|vi|zh-CN")
    private String preferredLanguage = "en";

    private Gender gender;

    @Min(1900)
    @Max(2100)
    private Integer birthYear;

    @Size(max = 100)
    private String location;

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;

    public static EmployeeForm from(EmployeeProfile profile, String managerNumber) {
        EmployeeForm form = new EmployeeForm();
        form.employeeNumber = profile.employeeNumber();
        form.fullName = profile.fullName();
        form.workEmail = profile.workEmail();
        form.departmentId = profile.departmentId();
        form.jobTitleId = profile.jobTitleId();
        form.managerNumber = managerNumber;
        form.hireDate = profile.hireDate();
        form.preferredLanguage = profile.preferredLanguage();
        form.gender = profile.gender();
        form.birthYear = profile.birthYear();
        form.location = profile.location();
        form.version = profile.version();
        return form;
    }

    public EmployeeDetails toDetails(Long managerId) {
        return new EmployeeDetails(employeeNumber, fullName, workEmail, departmentId, jobTitleId, managerId, hireDate,
            preferredLanguage, gender, birthYear, location);
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getJobTitleId() {
        return jobTitleId;
    }

    public void setJobTitleId(Long jobTitleId) {
        this.jobTitleId = jobTitleId;
    }

    public String getManagerNumber() {
        return managerNumber;
    }

    public void setManagerNumber(String managerNumber) {
        this.managerNumber = managerNumber;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }
}
