package app.pathwise.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Creating and changing objectives and key results over HTTP: what is stored and audited, the field
 * errors bad input gets (with everything typed kept and nothing saved), and the conflict page for a
 * stale form (the other change stays).
 */
@IntegrationTest
class ObjectiveEditingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    ObjectiveWorld w;
    ObjectiveFixtures objectives;
    PathwiseUser me;

    @BeforeEach
    void world() {
        w = ObjectiveWorld.build(jdbc, encoder);
        objectives = new ObjectiveFixtures(jdbc);
        me = w.employeeUser();
    }

    @Test
    void anEmployeeCreatesAnObjectiveAlignedToTheDepartmentsAndItIsAudited() throws Exception {
        String form = page(get("/objectives/new").param("period", "2035-Q1"), me);
        assertThat(Jsoup.parse(form).select("#parentId option")).extracting(e -> e.attr("value"))
            .contains(String.valueOf(w.company()), String.valueOf(w.departmentObjective()),
                String.valueOf(w.divisionObjective()))
            .doesNotContain(String.valueOf(w.personal()), String.valueOf(w.otherPersonal()));
        assertThat(Jsoup.parse(form).select("#period option[selected]").attr("value")).isEqualTo("2035-Q1");
        String title = "Mentor two newcomers " + w.tag();
        String location = mvc.perform(post("/objectives/new").with(user(me)).with(csrf()).param("title", "  " + title + " ")
                .param("description", "Pair on their first tickets.").param("period", "2035-Q1")
                .param("parentId", String.valueOf(w.departmentObjective())))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.queryForObject("select id from objective where title = ?", Long.class, title);
        assertThat(location).isEqualTo("/objectives/" + id);
        assertThat(jdbc.queryForMap("select scope, owner_id, period_kind, starts_on, ends_on, parent_id, status"
            + " from objective where id = ?", id)).containsEntry("scope", "PERSONAL").containsEntry("owner_id", w.employee())
            .containsEntry("period_kind", "QUARTER").containsEntry("parent_id", w.departmentObjective())
            .containsEntry("status", "ACTIVE");
        assertThat(audit("objective.created", "objective", id)).isEqualTo(1);
        assertThat(page(get(location), me)).contains(title, "Pair on their first tickets.", "Department goal " + w.tag());
    }

    @Test
    void badObjectiveInputGetsFieldErrorsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        int before = objectives.count("select count(*) from objective where owner_id = ?", w.employee());
        mvc.perform(newObjective(" ", "2035-Q1", null).param("description", "Kept text"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
            .andExpect(content().string(containsString("Kept text")));
        mvc.perform(newObjective("Odd period", "2035-Q9", null))
            .andExpect(model().attributeHasFieldErrorCode("form", "period", "objective.form.period-invalid"));
        // another department's objective, and a year objective under a quarter one
        long otherDepartments = objectives.department(w.otherDepartment(), "Theirs " + w.tag(), ObjectiveWorld.PERIOD,
            w.company());
        mvc.perform(newObjective("Wrong department", "2035-Q1", otherDepartments))
            .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "objective.form.parent-not-allowed"));
        long quarterGoal = objectives.department(w.department(), "Quarter goal " + w.tag(), ObjectiveWorld.QUARTER,
            w.company());
        String page = mvc.perform(newObjective("Too long " + w.tag(), "2035", quarterGoal))
            .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "objective.form.parent-period"))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The objective you align to must cover this whole period.", "Too long " + w.tag());
        objectives.close(quarterGoal);
        mvc.perform(newObjective("Under closed", "2035-Q1", quarterGoal))
            .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "objective.form.parent-closed"));
        mvc.perform(newObjective("x".repeat(201), "2035-Q1", null))
            .andExpect(model().attributeHasFieldErrorCode("form", "title", "Size"));
        assertThat(objectives.count("select count(*) from objective where owner_id = ?", w.employee())).isEqualTo(before);
    }

    @Test
    void theOwnerEditsClosesAndReopensAnObjectiveAndAStaleFormGetsTheConflictPage() throws Exception {
        long version = objectives.version("objective", w.personal());
        mvc.perform(post("/objectives/" + w.personal() + "/edit").with(user(me)).with(csrf())
                .param("title", "Sharper goal " + w.tag()).param("period", "2035-Q1")
                .param("parentId", String.valueOf(w.company())).param("version", String.valueOf(version)))
            .andExpect(status().is3xxRedirection());
        assertThat(objectives.title(w.personal())).isEqualTo("Sharper goal " + w.tag());
        mvc.perform(post("/objectives/" + w.personal() + "/edit").with(user(me)).with(csrf())
                .param("title", "Stale goal " + w.tag()).param("period", "2035-Q1").param("version", String.valueOf(version)))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("Someone else changed this in the meantime")));
        assertThat(objectives.title(w.personal())).isEqualTo("Sharper goal " + w.tag());
        mvc.perform(post("/objectives/" + w.personal() + "/close").with(user(me)).with(csrf())
                .param("version", String.valueOf(version)))
            .andExpect(status().isConflict());
        long current = objectives.version("objective", w.personal());
        mvc.perform(post("/objectives/" + w.personal() + "/close").with(user(me)).with(csrf())
                .param("version", String.valueOf(current)))
            .andExpect(status().is3xxRedirection());
        String closed = page(get("/objectives/" + w.personal()), me);
        assertThat(closed).contains("Closed", "Reopen").doesNotContain("Update progress", "Add a key result");
        // a value form sent after the objective was closed
        mvc.perform(post("/objectives/" + w.personal() + "/key-results/" + w.keyResult() + "/value").with(user(me))
                .with(csrf()).param("value", "50")
                .param("version", String.valueOf(objectives.version("key_result", w.keyResult()))))
            .andExpect(status().isConflict());
        mvc.perform(get("/objectives/" + w.personal() + "/edit").with(user(me))).andExpect(status().isNotFound());
        mvc.perform(post("/objectives/" + w.personal() + "/reopen").with(user(me)).with(csrf())
                .param("version", String.valueOf(objectives.version("objective", w.personal()))))
            .andExpect(status().is3xxRedirection());
        assertThat(objectives.count("select count(*) from objective where id = ? and status = 'ACTIVE'"
            + " and closed_at is null", w.personal())).isEqualTo(1);
        for (String action : new String[] {"objective.updated", "objective.closed", "objective.reopened"}) {
            assertThat(audit(action, "objective", w.personal())).as(action).isEqualTo(1);
        }
    }

    @Test
    void aPeriodThatNoLongerCoversWhatIsAlignedBeneathIsRefused() throws Exception {
        long version = objectives.version("objective", w.departmentObjective());
        mvc.perform(post("/objectives/" + w.departmentObjective() + "/edit").with(user(w.managerUser())).with(csrf())
                .param("title", "Department goal " + w.tag()).param("period", "2035-Q2")
                .param("parentId", String.valueOf(w.company())).param("version", String.valueOf(version)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "period", "objective.form.children-outside"));
        assertThat(objectives.count("select count(*) from objective where id = ? and period_kind = 'YEAR'",
            w.departmentObjective())).isEqualTo(1);
        // a department objective may align to its parent department's, not the other way round
        mvc.perform(post("/objectives/" + w.departmentObjective() + "/edit").with(user(w.managerUser())).with(csrf())
                .param("title", "Department goal " + w.tag()).param("period", "2035")
                .param("parentId", String.valueOf(w.divisionObjective())).param("version", String.valueOf(version)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/objectives/" + w.divisionObjective() + "/edit").with(user(w.hrUser())).with(csrf())
                .param("title", "Division goal " + w.tag()).param("period", "2035")
                .param("parentId", String.valueOf(w.departmentObjective()))
                .param("version", String.valueOf(objectives.version("objective", w.divisionObjective()))))
            .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "objective.form.parent-not-allowed"));
    }

    @Test
    void keyResultsOfEachKindAreAddedAndBadOnesGetFieldErrors() throws Exception {
        String base = "/objectives/" + w.personal() + "/key-results/new";
        mvc.perform(post(base).with(user(me)).with(csrf()).param("title", "Hours saved " + w.tag()).param("kind", "NUMBER")
                .param("startValue", "12").param("targetValue", "4").param("unit", "hours"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base).with(user(me)).with(csrf()).param("title", "Shipped " + w.tag()).param("kind", "BOOLEAN")
                .param("startValue", "").param("targetValue", ""))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base).with(user(me)).with(csrf()).param("title", "Launch " + w.tag()).param("kind", "MILESTONE")
                .param("milestones", "Design\r\n\r\nBeta\nLaunch\n"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select kind || ' ' || start_value || '>' || target_value || '=' || current_value"
            + " || ' ' || coalesce(unit, '-') || ' #' || position from key_result where objective_id = ? order by position",
            String.class, w.personal())).containsExactly("NUMBER 0.00>100.00=40.00 - #1",
            "NUMBER 12.00>4.00=12.00 hours #2", "BOOLEAN 0.00>1.00=0.00 - #3", "MILESTONE 0.00>3.00=0.00 - #4");
        assertThat(jdbc.queryForList("select m.title from key_result_milestone m join key_result k on k.id = m.key_result_id"
            + " where k.title = ? order by m.position", String.class, "Launch " + w.tag()))
            .containsExactly("Design", "Beta", "Launch");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'key-result.created'"
            + " and summary like ?", Integer.class, "objective=" + w.personal() + ",%")).isEqualTo(3);

        int count = objectives.count("select count(*) from key_result where objective_id = ?", w.personal());
        badKeyResult("Same", "NUMBER", "5", "5", null, "targetValue", "objective.key-result.target-same");
        badKeyResult("Too much", "PERCENTAGE", "0", "150", null, "targetValue", "objective.value.percentage-range");
        badKeyResult("Words", "NUMBER", "abc", "10", null, "startValue", "typeMismatch");
        badKeyResult("Precise", "NUMBER", "0", "1.234", null, "targetValue", "objective.value.decimals");
        badKeyResult("No steps", "MILESTONE", null, null, " \n ", "milestones", "objective.key-result.milestones-required");
        badKeyResult("", "NUMBER", "0", "1", null, "title", "NotBlank");
        String kept = mvc.perform(post(base).with(user(me)).with(csrf()).param("title", "Kept " + w.tag())
                .param("kind", "NUMBER").param("startValue", "abc").param("targetValue", "10").param("unit", "tickets"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("Enter a number, such as 12 or 12.5.", "Kept " + w.tag(), "value=\"abc\"",
            "value=\"tickets\"");
        assertThat(objectives.count("select count(*) from key_result where objective_id = ?", w.personal()))
            .isEqualTo(count);
    }

    @Test
    void editingAKeyResultKeepsItsKindAndItsValueAndAStaleOneConflicts() throws Exception {
        long launch = objectives.milestones(w.personal(), "Launch " + w.tag(), 2, "Design", "Beta", "Launch");
        String edit = "/objectives/" + w.personal() + "/key-results/" + launch + "/edit";
        long version = objectives.version("key_result", launch);
        mvc.perform(post(edit).with(user(me)).with(csrf()).param("title", "Launch").param("kind", "NUMBER")
                .param("milestones", "Design").param("version", String.valueOf(version)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "milestones",
                "objective.key-result.milestones-below-reached"));
        mvc.perform(post(edit).with(user(me)).with(csrf()).param("title", "Launch v2").param("kind", "NUMBER")
                .param("milestones", "Design\nBeta\nPilot\nLaunch").param("version", String.valueOf(version)))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select title, kind, target_value, current_value from key_result where id = ?", launch))
            .containsEntry("title", "Launch v2").containsEntry("kind", "MILESTONE");
        assertThat(objectives.current(launch)).isEqualByComparingTo("2");
        assertThat(jdbc.queryForList("select title from key_result_milestone where key_result_id = ? order by position",
            String.class, launch)).containsExactly("Design", "Beta", "Pilot", "Launch");
        mvc.perform(post(edit).with(user(me)).with(csrf()).param("title", "Stale").param("milestones", "A")
                .param("version", String.valueOf(version)))
            .andExpect(status().isConflict());
        assertThat(audit("key-result.updated", "key_result", launch)).isEqualTo(1);
    }

    @Test
    void recordingAValueChecksItAgainstTheKindAndKeepsTheHistory() throws Exception {
        long done = objectives.keyResult(w.personal(), "Shipped " + w.tag(), "BOOLEAN", 0, 1, 0);
        long launch = objectives.milestones(w.personal(), "Launch " + w.tag(), 1, "Design", "Beta", "Launch");
        long share = objectives.keyResult(w.personal(), "Share " + w.tag(), "PERCENTAGE", 10, 60, 10);
        String form = page(get(valueUrl(launch)), me);
        assertThat(Jsoup.parse(form).select("input[name=value][type=radio]")).hasSize(4);
        assertThat(Jsoup.parse(form).select("input[name=value][checked]").attr("value")).isEqualTo("1");
        badValue(share, "abc", "typeMismatch");
        badValue(share, "61.5", null);
        badValue(share, "101", "objective.value.percentage-range");
        badValue(done, "2", "objective.value.boolean");
        badValue(launch, "4", "objective.value.milestone-range");
        badValue(w.keyResult(), "", "objective.value.required");
        badValue(w.keyResult(), "3.333", "objective.value.decimals");
        mvc.perform(post(valueUrl(w.keyResult())).with(user(me)).with(csrf()).param("value", "70")
                .param("note", "n".repeat(2001)).param("version", version(w.keyResult())))
            .andExpect(model().attributeHasFieldErrorCode("form", "note", "Size"));
        // above the target is fine (progress stops at 100 %), above 100 % is not
        assertThat(objectives.current(share)).isEqualByComparingTo("61.5");

        record(done, "1", "Released on Friday");
        record(launch, "3", null);
        record(w.keyResult(), "62.5", "Webinar brought many");
        String page = page(get("/objectives/" + w.personal()), me);
        assertThat(Jsoup.parse(page).select("#history li")).hasSize(4);
        assertThat(Jsoup.parse(page).select("#history").text()).contains("Not done yet → changed to Done", "Released on Friday",
            "1 of 3 milestones reached → changed to 3 of 3 milestones reached", "40 → changed to 62.5",
            "Webinar brought many");
        // stale: the form was read before the last value was recorded
        mvc.perform(post(valueUrl(done)).with(user(me)).with(csrf()).param("value", "0").param("version", "0"))
            .andExpect(status().isConflict());
        assertThat(objectives.current(done)).isEqualByComparingTo("1");
    }

    private void record(long keyResult, String value, String note) throws Exception {
        MockHttpServletRequestBuilder request = post(valueUrl(keyResult)).with(user(me)).with(csrf()).param("value", value)
            .param("version", version(keyResult));
        if (note != null) {
            request.param("note", note);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        assertThat(objectives.current(keyResult)).isEqualByComparingTo(value);
    }

    private void badValue(long keyResult, String value, String code) throws Exception {
        var result = mvc.perform(post(valueUrl(keyResult)).with(user(me)).with(csrf()).param("value", value)
            .param("version", version(keyResult)));
        if (code == null) {
            result.andExpect(status().is3xxRedirection());
        } else {
            result.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "value", code));
        }
    }

    private void badKeyResult(String title, String kind, String start, String target, String milestones, String field,
                              String code) throws Exception {
        MockHttpServletRequestBuilder request = post("/objectives/" + w.personal() + "/key-results/new").with(user(me))
            .with(csrf()).param("title", title).param("kind", kind);
        if (start != null) {
            request.param("startValue", start).param("targetValue", target);
        }
        if (milestones != null) {
            request.param("milestones", milestones);
        }
        mvc.perform(request).andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", field, code));
    }

    private String valueUrl(long keyResult) {
        return "/objectives/" + w.personal() + "/key-results/" + keyResult + "/value";
    }

    private String version(long keyResult) {
        return String.valueOf(objectives.version("key_result", keyResult));
    }

    private MockHttpServletRequestBuilder newObjective(String title, String period, Long parent) {
        MockHttpServletRequestBuilder request = post("/objectives/new").with(user(me)).with(csrf()).param("title", title)
            .param("period", period);
        return parent == null ? request : request.param("parentId", String.valueOf(parent));
    }

    private String page(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
    }

    private int audit(String action, String type, long id) {
        return objectives.count("select count(*) from audit_entry where action = ? and entity_type = ? and entity_id = ?",
            action, type, id);
    }
}
