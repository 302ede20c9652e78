package app.pathwise.careerpath.authoring.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Export and import of the competency framework and the career paths in one CSV format (see
 * docs/career-path-file-format.md). An import is previewed first, without writing; applying it
 * checks the file again and writes all of it in one transaction, or nothing. Paths are never changed
 * in place: a path whose rows differ from its latest version gets a new draft version, which then
 * goes through approval like any other.
 */
@Service
public class FrameworkTransfer {

    /** The largest file accepted, in megabytes. */
    public static final int MAX_MEGABYTES = CsvFile.MAX_BYTES / (1024 * 1024);

    /** Imports wait for each other, so two files never interleave. */
    private static final long IMPORT_LOCK = 0x43617265L;

    private final FrameworkExport export;
    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FrameworkTransfer(FrameworkExport export, ImportPlanner planner, ImportWriter writer, JdbcTemplate jdbc,
                      Clock clock) {
        this.export = export;
        this.planner = planner;
        this.writer = writer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The framework and every path's version in scope, as CSV (UTF-8 with a byte order mark). */
    @Transactional(readOnly = true)
    public byte[] export(ExportScope scope) {
        return export.write(scope);
    }

    /** Reads and checks a file against itself and the database; writes nothing. */
    @Transactional(readOnly = true)
    public TransferPreview preview(String fileName, byte[] content) {
        return toPreview(cleanFileName(fileName), content, planner.plan(CsvFile.read(content)));
    }

    /**
     * Checks the previewed file again and, if it is still valid and would still do what the preview
     * showed, writes all of it; otherwise writes nothing.
     */
    @Transactional
    public TransferOutcome apply(TransferPreview preview, long actorAccountId) {
        if (!preview.canApply()) {
            throw new IllegalArgumentException("a preview with problems cannot be applied");
        }
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> { }, IMPORT_LOCK);
        byte[] content = gunzip(preview.content());
        ImportPlan plan = planner.plan(CsvFile.read(content));
        if (!plan.problems().isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new TransferOutcome.Rejected(toPreview(preview.fileName(), content, plan));
        }
        if (!plan.digest().equals(preview.digest())) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new TransferOutcome.Outdated(toPreview(preview.fileName(), content, plan));
        }
        writer.write(plan, actorAccountId, clock.instant(), preview.fileName());
        TransferPreview done = toPreview(preview.fileName(), content, plan);
        return new TransferOutcome.Applied(done.created(), done.updated(), done.newVersions());
    }

    private static TransferPreview toPreview(String fileName, byte[] content, ImportPlan plan) {
        List<ImportChange> changes = plan.changes();
        List<TransferProblem> problems = plan.problems();
        int created = (int) changes.stream().filter(c -> c.action() == ImportAction.CREATE
            || c.action() == ImportAction.NEW_PATH).count();
        int updated = (int) changes.stream().filter(c -> c.action() == ImportAction.UPDATE).count();
        int versions = (int) changes.stream().filter(c -> c.action() == ImportAction.NEW_VERSION).count();
        return new TransferPreview(UUID.randomUUID().toString(), fileName, plan.rows(), created, updated, versions,
            plan.unchanged(), List.copyOf(changes.subList(0, Math.min(changes.size(), TransferPreview.SHOWN))),
            changes.size(), List.copyOf(problems.subList(0, Math.min(problems.size(), TransferPreview.SHOWN))),
            problems.size(), plan.digest(), problems.isEmpty() ? gzip(content) : null);
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
}
