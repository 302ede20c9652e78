/**
 * Objectives and key results (OKRs, requirement PLAN-2): personal, department and company objectives
 * for a quarter, a half or a year, each with key results of four kinds (number, percentage, yes/no,
 * milestones) whose progress is computed and compared with the expected pace of the period, aligned
 * in a tree (company, department, personal) whose progress rolls up.
 * <p>
 * Other modules use {@link app.pathwise.objective.ObjectiveQueries} (an employee's objectives on a
 * day, how many key results are behind pace) and {@link app.pathwise.objective.ObjectiveService}
 * (record a key-result value, for example during a check-in), with the view records and enums of
 * this package. Who may see what: an employee their own personal objectives (and edits them), their
 * management line and HR read them; everyone reads company and department objectives; HR and
 * executives edit company objectives, HR and a department's managers edit its objectives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Objectives")
package app.pathwise.objective;
