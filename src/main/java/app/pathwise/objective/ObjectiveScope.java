package app.pathwise.objective;

/** Whose objective it is: one employee's, a department's or the company's. */
public enum ObjectiveScope {
    PERSONAL, DEPARTMENT, COMPANY
}
