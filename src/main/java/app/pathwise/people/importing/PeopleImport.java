package app.pathwise.people.importing;

import app.pathwise.people.importing.DepartmentPlanner.DepartmentPlan;
import app.pathwise.people.importing.EmployeePlanner.EmployeePlan;
import app.pathwise.shared.PageView;
import app.pathwise.shared.audit.AuditedChange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The CSV import of departments and employees: check a file and preview what it would do without
 * writing, then apply it all or nothing. Records are matched by employee number and department
 * code, so applying the same file twice changes nothing the second time.
 *
 * <p>An applied import writes one audit entry ({@code import.applied}) pointing to an import run
 * that lists every record it created or changed; per-person changes of job title, department,
 * manager and status go to the job history as usual.
 */
@Service
public class PeopleImport {

    /** The largest file accepted, in megabytes; {@code spring.servlet.multipart.max-file-size} agrees. */
    public static final int MAX_MEGABYTES = CsvReader.MAX_BYTES / (1024 * 1024);

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = CsvReader.MAX_ROWS;

    /** Imports wait for each other, so two files never interleave. */
    private static final long IMPORT_LOCK = 0x50617468L;

    private final OrganisationSnapshots snapshots;
    private final EmployeeWriter employeeWriter;
    private final DepartmentWriter departmentWriter;
    private final ImportRuns runs;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleImport(OrganisationSnapshots snapshots, EmployeeWriter employeeWriter, DepartmentWriter departmentWriter,
                 ImportRuns runs, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.snapshots = snapshots;
        this.employeeWriter = employeeWriter;
        this.departmentWriter = departmentWriter;
        this.runs = runs;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Reads and checks a file against itself and the database; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportKind kind, String fileName, byte[] content) {
        String name = cleanFileName(fileName);
        CsvTable table = CsvReader.read(content, kind);
        OrganisationSnapshot snapshot = table.unusable() ? null : snapshots.load(kind == ImportKind.EMPLOYEES);
        return toPreview(kind, name, content, plan(table, snapshot));
    }

    /**
     * Checks the previewed file again inside one transaction and, if it is still valid and would
     * still do what the preview showed, writes all of it; otherwise writes nothing.
     */
    @Transactional
    public ImportOutcome apply(ImportPreview preview, Long actorAccountId, String actorEmail) {
        if (!preview.canApply()) {
            throw new IllegalArgumentException("a preview with problems cannot be applied");
        }
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> { }, IMPORT_LOCK);
        byte[] content = gunzip(preview.content());
        ImportKind kind = preview.kind();
        CsvTable table = CsvReader.read(content, kind);
        OrganisationSnapshot snapshot = snapshots.load(kind == ImportKind.EMPLOYEES);
        ImportPlan plan = plan(table, snapshot);
        if (!plan.problems().isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportOutcome.Rejected(toPreview(kind, preview.fileName(), content, plan));
        }
        if (!plan.digest().equals(preview.digest())) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportOutcome.Outdated(toPreview(kind, preview.fileName(), content, plan));
        }
        int history = 0;
        if (plan instanceof EmployeePlan employees) {
            history = employeeWriter.write(employees, snapshot);
        } else if (plan instanceof DepartmentPlan departments) {
            departmentWriter.write(departments, snapshot);
        }
        ImportCounts counts = plan.counts();
        long runId = runs.record(kind, preview.fileName(), preview.fileSha256(), counts, history, actorAccountId,
            actorEmail, clock.instant(), plan.changes());
        events.publishEvent(new AuditedChange("import.applied", "import", runId, summary(preview, counts, history)));
        return new ImportOutcome.Applied(runId, counts);
    }

    @Transactional(readOnly = true)
    public Optional<ImportRunView> run(long id) {
        return runs.find(id);
    }

    /** The records an applied import created or changed, in file order. */
    @Transactional(readOnly = true)
    public PageView<ImportChangeView> runChanges(long id, int page, int size) {
        return runs.changes(id, page, size);
    }

    @Transactional(readOnly = true)
    public List<ImportRunView> recentRuns(int limit) {
        return runs.recent(limit);
    }

    /** A template to fill in: the header and example rows, UTF-8 with a byte order mark for Excel. */
    public byte[] template(ImportKind kind) {
        return ImportTemplates.csv(kind);
    }

    private ImportPlan plan(CsvTable table, OrganisationSnapshot snapshot) {
        return switch (table.kind()) {
            case DEPARTMENTS -> DepartmentPlanner.plan(table, snapshot);
            case EMPLOYEES -> EmployeePlanner.plan(table, snapshot, LocalDate.now(clock));
        };
    }

    private static ImportPreview toPreview(ImportKind kind, String fileName, byte[] content, ImportPlan plan) {
        List<ImportChangeView> changes = plan.changes();
        List<ImportProblem> problems = plan.problems();
        return new ImportPreview(UUID.randomUUID().toString(), kind, fileName, ImportPlan.sha256(content),
            plan.counts(), List.copyOf(changes.subList(0, Math.min(changes.size(), ImportPreview.SHOWN))),
            List.copyOf(problems.subList(0, Math.min(problems.size(), ImportPreview.SHOWN))), problems.size(),
            plan.digest(), problems.isEmpty() ? gzip(content) : null);
    }

    private static String summary(ImportPreview preview, ImportCounts counts, int history) {
        return preview.kind().slug() + " file " + preview.fileName() + ": " + counts.rows() + " rows, "
            + counts.created() + " created, " + counts.changed() + " changed, " + counts.unchanged() + " unchanged, "
            + counts.jobTitlesCreated() + " job titles created, " + history + " job history entries";
    }

    /** The name only, without a client's path or control characters, and not too long for the log. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "upload.csv";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] content) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
