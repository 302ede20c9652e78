package app.pathwise.demo;

import app.pathwise.demo.DemoFrameworkWriter.Framework;
import app.pathwise.demo.DemoOrganisationWriter.Written;
import app.pathwise.people.EmploymentStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo company, its competency framework, career paths, ratings, objectives and development
 * plans in one transaction, once: an organisation that already has employees is left alone. An advisory
 * lock keeps two application instances starting together from both seeding.
 */
@Component
class DemoOrganisationSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationSeeder.class);
    /** "PATHDEMO" in ASCII. */
    private static final long LOCK = 0x5041_5448_4445_4D4FL;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final DemoOrganisationWriter writer;
    private final DemoFrameworkWriter frameworkWriter;
    private final DemoPlans plans;
    private final Clock clock;

    DemoOrganisationSeeder(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                           PasswordEncoder passwordEncoder, DemoOrganisationWriter writer,
                           DemoFrameworkWriter frameworkWriter, DemoPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.writer = writer;
        this.frameworkWriter = frameworkWriter;
        this.plans = plans;
        this.clock = clock;
    }

    /** Seeds a company of about this many employees unless there are employees already; says whether it did. */
    boolean seed(int employees) {
        int size = employees;
        if (size < DemoOrganisation.MINIMUM_EMPLOYEES) {
            log.warn("pathwise.demo.employees={} is too small for the demo company; seeding {}", employees,
                DemoOrganisation.MINIMUM_EMPLOYEES);
            size = DemoOrganisation.MINIMUM_EMPLOYEES;
        }
        int wanted = size;
        long begun = System.nanoTime();
        boolean seeded = Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(?)", (ResultSetExtractor<Void>) rs -> null, LOCK);
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from employee)", Boolean.class))) {
                log.info("Demo organisation not seeded: the organisation already has employees");
                return false;
            }
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            DemoOrganisation organisation = DemoOrganisation.generate(wanted, today);
            long generated = System.nanoTime();
            Written written = writer.write(organisation, passwordEncoder.encode(DemoOrganisation.PASSWORD));
            long finished = System.nanoTime();
            log.info("Demo organisation seeded in {} ms (generated in {} ms, written in {} ms): {} employees "
                    + "({} inactive, {} on leave) in {} departments, {} job titles, {} job history entries, "
                    + "{} accounts",
                (finished - started) / 1_000_000, (generated - started) / 1_000_000, (finished - generated) / 1_000_000,
                written.employees(), count(organisation, EmploymentStatus.INACTIVE),
                count(organisation, EmploymentStatus.ON_LEAVE), written.departments(), written.jobTitles(),
                written.jobChanges(), written.accounts());
            long assessed = System.nanoTime();
            DemoAssessments assessments = DemoAssessments.generate(organisation, today, clock.getZone());
            long rated = System.nanoTime();
            Framework framework = frameworkWriter.write(assessments, written, today, clock.getZone());
            long done = System.nanoTime();
            log.info("Demo framework seeded in {} ms (generated in {} ms, written in {} ms): {} competencies, "
                    + "{} certifications, {} job families, {} career paths with {} versions and {} levels, "
                    + "{} job-title ties, {} lateral moves, {} ratings, {} certifications held; "
                    + "whole demo in {} ms",
                (done - assessed) / 1_000_000, (rated - assessed) / 1_000_000, (done - rated) / 1_000_000,
                framework.competencies(), framework.certifications(), framework.families(), framework.paths(),
                framework.versions(), framework.levels(), framework.jobTitleTies(), framework.moves(),
                framework.ratings(), framework.certificationsHeld(), (done - started) / 1_000_000);
            DemoObjectives.Seeded objectives = new DemoObjectives(jdbc).write(organisation, written, today,
                clock.getZone());
            log.info("Demo objectives seeded in {} ms: {} objectives, {} key results, {} recorded values",
                (System.nanoTime() - done) / 1_000_000, objectives.objectives(), objectives.keyResults(),
                objectives.updates());
            DemoPlans.Written plansWritten = plans.write(wanted, today, clock.getZone());
            long planned = System.nanoTime();
            log.info("Demo plans seeded in {} ms: {} plans ({} open), {} actions, {} check-ins, {} workflow events{}; "
                    + "whole demo in {} ms",
                (planned - done) / 1_000_000, plansWritten.plans(), plansWritten.openPlans(), plansWritten.actions(),
                plansWritten.checkIns(), plansWritten.events(), plansWritten.benchmark() ? " (benchmark volume)" : "",
                (planned - started) / 1_000_000);
            return true;
        }));
        if (seeded) {
            log.info("Demo seeding committed {} ms after it began", (System.nanoTime() - begun) / 1_000_000);
            // Statistics for every table the demo filled: autovacuum analyzes a table only after enough
            // changes, so the small framework tables would otherwise be planned on guesses.
            jdbc.execute("analyze");
        }
        return seeded;
    }

    private static long count(DemoOrganisation organisation, EmploymentStatus status) {
        return organisation.members().stream().filter(member -> member.status == status).count();
    }
}
