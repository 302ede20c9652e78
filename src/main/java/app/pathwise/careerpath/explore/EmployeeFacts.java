package app.pathwise.careerpath.explore;

import java.time.LocalDate;
import java.time.Period;

/**
 * What the gap analysis and the assessment page need of a person: name, job title, hire date, and the
 * level their job title places them on (and the next one up), both null when not placed.
 */
public record EmployeeFacts(long id, String fullName, String jobTitle, LocalDate hireDate, Long managerId,
                            Long levelId, Long nextLevelId) {

    /** Whole years since the hire date. */
    public int yearsOfExperience(LocalDate today) {
        if (hireDate == null || hireDate.isAfter(today)) {
            return 0;
        }
        return Period.between(hireDate, today).getYears();
    }
}
