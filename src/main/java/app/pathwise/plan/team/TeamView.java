package app.pathwise.plan.team;

import app.pathwise.shared.PageView;
import java.util.List;

/**
 * The team view as the page shows it.
 *
 * @param filter the filter, its scope resolved
 * @param scopes the scopes the reader may choose
 * @param summary the counts over the whole scope
 * @param page the people of this page
 */
public record TeamView(TeamFilter filter, List<TeamScope> scopes, TeamSummary summary, PageView<TeamMember> page) {

    public TeamScope scope() {
        return filter.scope();
    }

    /** Whether any row of this page can be ticked for the bulk decision. */
    public boolean anyDecidable() {
        return page.rows().stream().anyMatch(TeamMember::awaitingReader);
    }
}
