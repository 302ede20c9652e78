package app.pathwise.plan;

/** What the reader is to a plan, and the plan's stamp, read together ({@link PlanAccess#checkPage}). */
public record PlanPageAccess(PlanParty party, PlanStamp stamp) {
}
