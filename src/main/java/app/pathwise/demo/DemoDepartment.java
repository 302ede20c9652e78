package app.pathwise.demo;

/** A department of the demo company; the company itself is the root. */
final class DemoDepartment {

    final String code;
    final String name;
    final DemoDepartment parent;
    /** Whoever heads it; set once the department has people. */
    Member head;

    DemoDepartment(String code, String name, DemoDepartment parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }
}
