package app.pathwise.plan.followup;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a plan's comments, newest first. */
@Component
public class CommentQueries {

    public static final int PAGE_SIZE = 20;
    /** The comments shown under one check-in; a longer discussion continues on the comments page. */
    static final int PER_CHECK_IN = 50;

    static final String COLUMNS = """
        m.id, m.check_in_id, c.held_on as check_in_held_on, m.author_id, a.full_name as author_name, m.body,
        m.created_at
        from plan_comment m join employee a on a.id = m.author_id left join check_in c on c.id = m.check_in_id""";

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final JdbcTemplate jdbc;

    CommentQueries(PlanAccess access, PlanFactsReader plans, JdbcTemplate jdbc) {
        this.access = access;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** One page of the plan's comments for anyone who may read the plan. Four statements. */
    public CommentsPage page(PathwiseUser user, long planId, int page) {
        PlanParty party = access.check(user, planId);
        PlanFacts plan = plans.find(planId);
        long total = jdbc.queryForObject("select count(*) from plan_comment where plan_id = ?", Long.class, planId);
        List<CommentView> rows = jdbc.query("select " + COLUMNS
            + " where m.plan_id = ? order by m.created_at desc, m.id desc limit ? offset ?",
            (rs, i) -> map(rs), planId, PAGE_SIZE, (long) page * PAGE_SIZE);
        return new CommentsPage(party, plan, new PageView<>(rows, page, PAGE_SIZE, total));
    }

    /** The newest comments on the plan. */
    List<CommentView> latest(long planId, int limit) {
        return jdbc.query("select " + COLUMNS + " where m.plan_id = ? order by m.created_at desc, m.id desc limit ?",
            (rs, i) -> map(rs), planId, limit);
    }

    List<CommentView> aboutCheckIn(long planId, long checkInId) {
        return jdbc.query("select " + COLUMNS
            + " where m.plan_id = ? and m.check_in_id = ? order by m.created_at desc, m.id desc limit ?",
            (rs, i) -> map(rs), planId, checkInId, PER_CHECK_IN);
    }

    static CommentView map(ResultSet rs) throws SQLException {
        return new CommentView(rs.getLong("id"), rs.getObject("check_in_id", Long.class),
            rs.getObject("check_in_held_on", LocalDate.class), rs.getLong("author_id"), rs.getString("author_name"),
            rs.getString("body"), rs.getTimestamp("created_at").toInstant());
    }
}
