package app.pathwise.plan;

import app.pathwise.shared.PageView;

/** An employee's plans, newest first, with the employee's name for the page heading. */
public record PlanHistory(long employeeId, String employeeName, PageView<PlanSummary> plans) {
}
