package app.pathwise.careerpath.authoring;

import static app.pathwise.careerpath.authoring.AuthoringUsers.EXECUTIVE;
import static app.pathwise.careerpath.authoring.AuthoringUsers.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.authoring.AuthoringFixtures.Draft;
import app.pathwise.careerpath.authoring.transfer.ExportScope;
import app.pathwise.careerpath.authoring.transfer.FrameworkTransfer;
import app.pathwise.careerpath.authoring.transfer.ImportAction;
import app.pathwise.careerpath.authoring.transfer.ImportChange;
import app.pathwise.careerpath.authoring.transfer.TransferOutcome;
import app.pathwise.careerpath.authoring.transfer.TransferPreview;
import app.pathwise.careerpath.authoring.transfer.TransferProblem;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Export and import of the framework and the paths in one CSV file: an export imports back
 * unchanged, an edited export makes a new draft version (the published one stays), a file can create
 * competencies, a family and a new path with its levels, and a file with a bad row changes nothing.
 */
@IntegrationTest
class FrameworkTransferTests {

    private static final String HEADER = "record,family,path,level,competency,certification,job_title,group,track,"
        + "position,proficiency,years,issuer,validity_months,active,target_path,target_level,name_en,name_vi,name_zh,"
        + "description_en,description_vi,description_zh,responsibilities_en,responsibilities_vi,responsibilities_zh,"
        + "education_en,education_vi,education_zh";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FamilyService families;

    @Autowired
    PathService paths;

    @Autowired
    LevelService levels;

    @Autowired
    FrameworkTransfer transfer;

    AuthoringFixtures fixtures;
    long competency;
    Draft published;

    @BeforeEach
    void publishedPath() {
        fixtures = new AuthoringFixtures(jdbc, families, paths, levels);
        competency = fixtures.competency("Transfer skill");
        published = fixtures.draft(fixtures.family(), 3, competency);
        jdbc.update("update career_level set responsibilities_en = ?, summary_vi = ? where path_version_id = ? and code = 'L2'",
            "- Reviews code\n- Mentors juniors", "Tóm tắt, có dấu phẩy \"và ngoặc kép\"", published.versionId());
        fixtures.publish(published, "Published for transfer.");
    }

    @Test
    void anExportImportsBackWithoutChanges() throws Exception {
        byte[] file = mvc.perform(get("/framework/paths/export.csv").with(user(EXECUTIVE)))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Content-Disposition", containsString("career-paths-published")))
            .andReturn().getResponse().getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrecord,family,path,level");
        assertThat(text).contains("PATH," + familyCode() + "," + published.code() + ",");
        assertThat(text).contains("'- Reviews code");

        TransferPreview preview = transfer.preview("export.csv", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.unchanged()).isGreaterThan(3);

        byte[] latest = transfer.export(ExportScope.LATEST);
        assertThat(transfer.preview("latest.csv", latest).problems()).isEmpty();
    }

    @Test
    void anEditedPathBecomesANewDraftVersionAndThePublishedOneStays() {
        String exported = new String(transfer.export(ExportScope.PUBLISHED), StandardCharsets.UTF_8);
        String mine = Arrays.stream(exported.split("\r\n"))
            .filter(line -> line.contains("," + published.code() + ","))
            .map(line -> line.startsWith("LEVEL,") && line.contains(",L3,") ? line.replace("Level 3", "Level three") : line)
            .collect(Collectors.joining("\r\n"));
        String otherCompetency = fixtures.competencyCode(fixtures.competency("Added by file"));
        String csv = HEADER + "\r\n" + mine + "\r\nREQUIREMENT,," + published.code() + ",L1," + otherCompetency
            + ",,,,,,2,,,,,,,,,,,,,,,,,,\r\n";

        TransferPreview preview = transfer.preview("edited.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(ImportChange::code, ImportChange::action)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(published.code(), ImportAction.NEW_VERSION));
        TransferOutcome outcome = transfer.apply(preview, -101);
        assertThat(outcome).isInstanceOf(TransferOutcome.Applied.class);

        long v2 = jdbc.queryForObject("select id from career_path_version where path_id = ? and number = 2", Long.class,
            published.pathId());
        assertThat(fixtures.status(v2)).isEqualTo("DRAFT");
        assertThat(fixtures.status(published.versionId())).isEqualTo("PUBLISHED");
        assertThat(fixtures.levelCodes(v2)).containsExactly("L1", "L2", "L3");
        assertThat(jdbc.queryForObject("select title_en from career_level where path_version_id = ? and code = 'L3'",
            String.class, v2)).isEqualTo("Level three");
        assertThat(jdbc.queryForMap("select responsibilities_en, summary_vi from career_level where path_version_id = ? "
            + "and code = 'L2'", v2)).containsEntry("responsibilities_en", "- Reviews code\n- Mentors juniors")
            .containsEntry("summary_vi", "Tóm tắt, có dấu phẩy \"và ngoặc kép\"");
        assertThat(jdbc.queryForObject("""
            select count(*) from level_competency lc join career_level l on l.id = lc.level_id
             where l.path_version_id = ? and l.code = 'L1'
            """, Integer.class, v2)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'career-path-version.created' "
            + "and entity_id = ?", Integer.class, v2)).isEqualTo(1);

        TransferPreview again = transfer.preview("edited.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.problems()).isEmpty();
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void aFileCreatesFrameworkRecordsAndANewPathWithItsLevels() {
        String c = AuthoringFixtures.code("IC");
        String x = AuthoringFixtures.code("IX");
        String f = AuthoringFixtures.code("IF");
        String p = AuthoringFixtures.code("IP");
        String jobTitleCode = jdbc.queryForObject("select code from job_title where id = ?", String.class,
            fixtures.jobTitle("Imported title"));
        String csv = String.join("\r\n",
            "record,competency,group,name_en,name_vi,description_en,proficiency,certification,issuer,validity_months,"
                + "family,path,track,level,years,job_title,target_path,target_level,position",
            "COMPETENCY," + c + ",PROFESSIONAL,Imported competency " + c + ",Năng lực nhập " + c + ",Imported.,,,,,,,,,,,,,",
            "INDICATOR," + c + ",,,,Explains the basics.,1,,,,,,,,,,,,",
            "CERTIFICATION,,,Imported certificate " + x + ",,,," + x + ",Issuer Ltd,24,,,,,,,,,",
            "FAMILY,,,Imported family,Nhóm nhập,,,,,," + f + ",,,,,,,,3",
            "PATH,,,Imported path,Lộ trình nhập,,,,,," + f + "," + p + ",MANAGEMENT,,,,,,",
            "LEVEL,,,Second,,,,,,,," + p + ",,TWO,4,,,,2",
            "LEVEL,,,First,Bậc một,,,,,,," + p + ",,ONE,1,,,,1",
            "REQUIREMENT," + c + ",,,,,3,,,,," + p + ",,ONE,,,,,",
            "LEVEL_CERTIFICATION,,,,,,," + x + ",,,," + p + ",,TWO,,,,,",
            "LEVEL_JOB_TITLE,,,,,,,,,,," + p + ",,ONE,," + jobTitleCode + ",,,",
            "MOVE,,,,,Talk to the hiring manager,,,,,," + p + ",,TWO,,," + published.code() + ",L3,") + "\r\n";

        TransferPreview preview = transfer.preview("new.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(ImportChange::action).containsExactly(ImportAction.CREATE,
            ImportAction.CREATE, ImportAction.CREATE, ImportAction.CREATE, ImportAction.NEW_PATH);
        assertThat(transfer.apply(preview, -101)).isInstanceOf(TransferOutcome.Applied.class);

        Map<String, Object> path = jdbc.queryForMap("""
            select p.id, p.track, f.code as family, v.status, v.number, v.name_vi
              from career_path p join job_family f on f.id = p.job_family_id
              join career_path_version v on v.path_id = p.id where p.code = ?
            """, p);
        assertThat(path).containsEntry("track", "MANAGEMENT").containsEntry("family", f).containsEntry("status", "DRAFT")
            .containsEntry("number", 1).containsEntry("name_vi", "Lộ trình nhập");
        long versionId = jdbc.queryForObject("select id from career_path_version where path_id = ?", Long.class,
            path.get("id"));
        assertThat(fixtures.levelCodes(versionId)).containsExactly("ONE", "TWO");
        assertThat(jdbc.queryForObject("""
            select lc.required_level from level_competency lc join career_level l on l.id = lc.level_id
              join competency c on c.id = lc.competency_id where l.path_version_id = ? and c.code = ?
            """, Integer.class, versionId, c)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select to_level_code from level_move m join career_level l on l.id = m.level_id "
            + "where l.path_version_id = ?", String.class, versionId)).isEqualTo("L3");
        assertThat(jdbc.queryForObject("select count(*) from level_job_title j join career_level l on l.id = j.level_id "
            + "where l.path_version_id = ?", Integer.class, versionId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select behaviours_en from competency_indicator i join competency c "
            + "on c.id = i.competency_id where c.code = ? and i.level = 1", String.class, c)).isEqualTo("Explains the basics.");
        assertThat(jdbc.queryForObject("select validity_months from certification where code = ?", Integer.class, x))
            .isEqualTo(24);
        assertThat(jdbc.queryForObject("select search_text from career_level where path_version_id = ? and code = 'ONE'",
            String.class, versionId)).contains("bac mot").contains("imported path");
    }

    @Test
    void aFileWithABadRowChangesNothingAndSaysWhichRowAndColumn() throws Exception {
        String c = AuthoringFixtures.code("BC");
        String csv = String.join("\r\n", HEADER,
            "COMPETENCY,,,," + c + ",,,PROFESSIONAL,,,,,,,,,,Never created " + c + ",,,,,,,,,,,",
            "REQUIREMENT,,NOPATH,L1," + c + ",,,,,,9,,,,,,,,,,,,,,,,,,",
            "LEVEL,,NOPATH,L1,,,,,,,,,,,,,,,,,,,,,,,,,",
            "LEVEL,,NOPATH,L2" + ",".repeat(14) + "Has a title" + ",".repeat(11),
            "FAMILY,=HYPERLINK(\"x\"),,,,,,,,,,,,,,,,Formula,,,,,,,,,,,",
            "UNKNOWN,,,,,,,,,,,,,,,,,,,,,,,,,,,,") + "\r\n";
        long competencies = count("competency");

        TransferPreview preview = transfer.preview("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.problems()).extracting(TransferProblem::row, TransferProblem::column, TransferProblem::key)
            .contains(
                org.assertj.core.groups.Tuple.tuple(3, "proficiency", "careerpath.authoring.import.error.above-scale"),
                org.assertj.core.groups.Tuple.tuple(4, "name_en", "careerpath.authoring.import.error.required"),
                org.assertj.core.groups.Tuple.tuple(5, "path", "careerpath.authoring.import.error.path-not-in-file"),
                org.assertj.core.groups.Tuple.tuple(6, "family", "careerpath.authoring.import.error.formula"),
                org.assertj.core.groups.Tuple.tuple(7, "record", "careerpath.authoring.import.error.record-unknown"));

        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/framework/paths/import").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).session(session).with(user(HR)).with(csrf()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/framework/paths/import/preview"));
        mvc.perform(get("/framework/paths/import/preview").session(session).with(user(HR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"problems-summary\"")))
            .andExpect(content().string(containsString("The proficiency scale goes up to 5.")))
            .andExpect(content().string(containsString("looks like a spreadsheet formula")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"apply\""))));
        TransferPreview pending = (TransferPreview) session.getAttribute(
            "app.pathwise.careerpath.web.authoring.TransferController.pending");
        mvc.perform(post("/framework/paths/import/apply").param("token", pending.token()).session(session)
                .with(user(HR)).with(csrf()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/framework/paths/transfer"));
        assertThat(count("competency")).isEqualTo(competencies);
        assertThat(jdbc.queryForObject("select count(*) from competency where code = ?", Integer.class, c)).isZero();
    }

    @Test
    void filesThatAreNotUtf8OrNotTheFormatAreRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "\r\nFAMILY,Café,,,,,,,,,,,,,,,,Caf\u00e9,,,,,,,,,,,\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(transfer.preview("latin1.csv", latin1).problems()).extracting(TransferProblem::key)
            .containsExactly("careerpath.authoring.import.error.encoding");
        assertThat(transfer.preview("other.csv", "code,name\nA,B\n".getBytes(StandardCharsets.UTF_8)).problems())
            .extracting(TransferProblem::key).containsExactly("careerpath.authoring.import.error.no-record-column",
                "careerpath.authoring.import.error.unknown-columns");
    }

    @Test
    void aPathWithAnOpenVersionIsNotReplacedByAFileThatDiffers() {
        long next = paths.startNewVersion(published.pathId(), -101);
        fixtures.addLevel(new Draft(published.pathId(), next, published.code()), "L4", "Level 4", null, 1);
        String exported = new String(transfer.export(ExportScope.PUBLISHED), StandardCharsets.UTF_8);
        String mine = Arrays.stream(exported.split("\r\n")).filter(line -> line.contains("," + published.code() + ","))
            .map(line -> line.replace("Level 1", "Level one")).collect(Collectors.joining("\r\n"));
        TransferPreview preview = transfer.preview("x.csv", (HEADER + "\r\n" + mine + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).extracting(TransferProblem::key)
            .containsExactly("careerpath.authoring.import.error.open-version");
        assertThat(preview.problems().get(0).args()).containsExactly(2, "DRAFT");
    }

    @Test
    void hrUploadsChecksAndAppliesAFileOverHttp() throws Exception {
        String f = AuthoringFixtures.code("HF");
        String csv = "record,family,name_en,position\r\nFAMILY," + f + ",Over HTTP,9\r\n";
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/framework/paths/import").file(new MockMultipartFile("file", "family.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).session(session).with(user(HR)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        MvcResult page = mvc.perform(get("/framework/paths/import/preview").session(session).with(user(HR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"count-created\">1<")))
            .andExpect(content().string(containsString(f))).andReturn();
        assertThat(count("job_family where code = '" + f + "'")).isZero();
        String token = page.getResponse().getContentAsString().replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/framework/paths/import/apply").param("token", token).session(session).with(user(HR))
                .with(csrf()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/framework/paths"));
        assertThat(count("job_family where code = '" + f + "'")).isEqualTo(1);
        mvc.perform(post("/framework/paths/import/apply").param("token", token).session(session).with(user(HR))
                .with(csrf()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/framework/paths/transfer"));
        mvc.perform(get("/framework/paths/transfer").with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"upload\"")));
        mvc.perform(get("/framework/paths/transfer").with(user(EXECUTIVE))).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"upload\""))));
    }

    private String familyCode() {
        return jdbc.queryForObject("select f.code from job_family f join career_path p on p.job_family_id = f.id "
            + "where p.id = ?", String.class, published.pathId());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void theTransferPageSaysWhenAnUploadWasTooLarge() throws Exception {
        mvc.perform(get("/framework/paths/transfer").param("too-large", "").with(user(HR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"too-large\"")))
            .andExpect(content().string(containsString("The file is larger than " + FrameworkTransfer.MAX_MEGABYTES
                + " MB.")));
        mvc.perform(get("/framework/paths/transfer").with(user(HR)))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"too-large\""))));
    }
}
