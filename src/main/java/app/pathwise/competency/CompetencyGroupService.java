package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR creates, renames and reorders competency groups. */
@Service
public class CompetencyGroupService {

    private final CompetencyGroups groups;
    private final ApplicationEventPublisher events;

    CompetencyGroupService(CompetencyGroups groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.events = events;
    }

    /**
     * Creates a group (id null, placed last) or renames one; codes and English names are unique.
     * A stale version is a conflict.
     */
    @Transactional
    public FrameworkOutcome saveGroup(Long id, Long expectedVersion, String code, LocalizedText name) {
        CompetencyGroup group = null;
        if (id != null) {
            group = groups.findById(id).orElseThrow(NotFoundException::new);
            if (expectedVersion == null || group.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(CompetencyGroup.class, id);
            }
        }
        FrameworkProblems problems = new FrameworkProblems();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty()) {
            problems.add("code", "NotBlank");
        }
        groups.findByCodeIgnoreCase(cleanCode).filter(other -> !Objects.equals(other.getId(), id))
            .ifPresent(other -> problems.add("code", "competency.group.code-taken"));
        if (name.en() == null) {
            problems.add("nameEn", "NotBlank");
        } else {
            groups.findByNameEnIgnoreCase(name.en()).filter(other -> !Objects.equals(other.getId(), id))
                .ifPresent(other -> problems.add("nameEn", "competency.group.name-taken"));
        }
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        if (group == null) {
            group = groups.save(new CompetencyGroup(cleanCode, name, groups.lastPosition() + 1));
            events.publishEvent(new AuditedChange("competency-group.created", "competency_group", group.getId(),
                "code=" + cleanCode + ", name=" + name.en()));
        } else {
            group.rename(cleanCode, name);
            groups.save(group);
            events.publishEvent(new AuditedChange("competency-group.updated", "competency_group", id,
                "code=" + cleanCode + ", name=" + name.en()));
        }
        return FrameworkOutcome.saved(group.getId());
    }

    /** Moves a group one place up or down; the first cannot go up, the last not down. */
    @Transactional
    public void moveGroup(long id, boolean up) {
        List<CompetencyGroup> ordered = new ArrayList<>(groups.findAllByOrderByPositionAscIdAsc());
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == id) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException();
        }
        int target = up ? index - 1 : index + 1;
        if (target < 0 || target >= ordered.size()) {
            return;
        }
        ordered.add(target, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).moveTo(i + 1);
            }
        }
        groups.saveAll(ordered);
        events.publishEvent(new AuditedChange("competency-group.moved", "competency_group", id,
            "position " + (index + 1) + " -> " + (target + 1)));
    }
}
