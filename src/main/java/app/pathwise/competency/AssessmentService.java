package app.pathwise.competency;

import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency assessments: a person rates themself, a manager in their line rates them too. Every
 * rating is a new row with its date; nothing is overwritten, so improvement can be measured.
 */
@Service
public class AssessmentService {

    private final CompetencyRatings ratings;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(CompetencyRatings ratings, NamedParameterJdbcTemplate jdbc, AccessPolicy access,
                      ApplicationEventPublisher events, Clock clock) {
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in employee rates their own competencies. Returns problems per competency id (a
     * message key); when there is any, nothing is saved.
     */
    @Transactional
    public Map<Long, String> rateSelf(PathwiseUser user, List<RatingInput> inputs) {
        if (user.employeeId() == null) {
            throw new NotFoundException();
        }
        return save(user.employeeId(), inputs, RaterKind.SELF, user.employeeId());
    }

    /**
     * A manager rates someone in their reporting line (direct or indirect), confirming or differing
     * from the self rating. Anyone else gets the not-found answer.
     */
    @Transactional
    public Map<Long, String> rateAsManager(PathwiseUser user, long employeeId, List<RatingInput> inputs) {
        if (!access.isManagerOf(user, employeeId)) {
            throw new NotFoundException();
        }
        return save(employeeId, inputs, RaterKind.MANAGER, user.employeeId());
    }

    private Map<Long, String> save(long employeeId, List<RatingInput> inputs, RaterKind kind, Long rater) {
        Map<Long, String> problems = check(inputs);
        if (!problems.isEmpty() || inputs.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        ratings.saveAll(inputs.stream().map(input -> new CompetencyRating(employeeId, input, kind, rater, now)).toList());
        events.publishEvent(new AuditedChange(kind == RaterKind.SELF ? "assessment.self-rated" : "assessment.manager-rated",
            "employee", employeeId, inputs.stream().map(i -> i.competencyId() + "=" + i.level())
            .collect(Collectors.joining(", "))));
        return problems;
    }

    private Map<Long, String> check(List<RatingInput> inputs) {
        Map<Long, String> problems = new LinkedHashMap<>();
        if (inputs.isEmpty()) {
            return problems;
        }
        Set<Long> ids = inputs.stream().map(RatingInput::competencyId).collect(Collectors.toSet());
        Set<Long> active = activeCompetencies(ids);
        int top = jdbc.queryForObject("select coalesce(max(level), 0) from proficiency_level", Map.of(), Integer.class);
        for (RatingInput input : inputs) {
            if (!active.contains(input.competencyId())) {
                problems.put(input.competencyId(), "competency.rating.unknown-competency");
            } else if (input.level() < 1 || input.level() > top) {
                problems.put(input.competencyId(), "competency.rating.level-out-of-scale");
            }
        }
        if (ids.size() != inputs.size()) {
            inputs.forEach(input -> problems.putIfAbsent(input.competencyId(), "competency.rating.duplicate"));
        }
        return problems;
    }

    private Set<Long> activeCompetencies(Collection<Long> ids) {
        return Set.copyOf(jdbc.queryForList("select id from competency where active and id in (:ids)",
            Map.of("ids", ids), Long.class));
    }
}
