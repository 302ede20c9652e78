package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR creates and edits job families. Every change is audited. */
@Service
public class FamilyService {

    private final JobFamilies families;
    private final ApplicationEventPublisher events;

    FamilyService(JobFamilies families, ApplicationEventPublisher events) {
        this.families = families;
        this.events = events;
    }

    /** What a family says: its code, name and description in up to three languages, and its place. */
    public record FamilyDetails(String code, LocalizedText name, LocalizedText description, int position) {
    }

    /** Creates or (with an id) changes a family; returns the problems that stopped it, if any. */
    @Transactional
    public FormProblems saveFamily(Long id, Long expectedVersion, FamilyDetails details) {
        FormProblems problems = new FormProblems();
        String code = details.code().strip();
        families.findByCode(code).filter(other -> !Objects.equals(other.getId(), id))
            .ifPresent(other -> problems.add("code", "careerpath.authoring.family.code-taken"));
        if (details.name().en() == null) {
            problems.add("nameEn", "NotBlank");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (id == null) {
            JobFamily family = families.save(new JobFamily(code, details.name(), details.description(),
                details.position()));
            events.publishEvent(new AuditedChange("job-family.created", "job_family", family.getId(),
                code + " " + details.name().en()));
        } else {
            JobFamily family = families.findById(id).orElseThrow(NotFoundException::new);
            if (expectedVersion == null || family.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(JobFamily.class, id);
            }
            String before = family.getCode() + " " + family.name().en() + " #" + family.getPosition();
            family.recode(code);
            family.describe(details.name(), details.description(), details.position());
            families.save(family);
            events.publishEvent(new AuditedChange("job-family.updated", "job_family", id,
                before + " -> " + code + " " + details.name().en() + " #" + details.position()));
        }
        return problems;
    }
}
