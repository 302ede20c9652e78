/**
 * The demo organisation: a fictitious company ("Pathwise Demo Co.") seeded at start-up so the
 * product can be tried, tested and benchmarked. About 300 employees by default (50,000 for the
 * benchmark) with Vietnamese, Chinese and English names, a department tree, five management layers
 * (six at 50,000), job history, leavers, and six sign-in accounts (employee, manager, manager2, hr,
 * exec, admin {@code @example.com}, password {@code pathwise-demo}).
 * <p>
 * {@code pathwise.demo.enabled=true} seeds, {@code false} never does; unset, it seeds only on the
 * embedded database, never on an external one. Seeding happens once: an {@code employee} table
 * that has rows is left alone. The generator is deterministic (a seeded {@link java.util.Random}),
 * dates are counted back from the application clock's today. Rows are written with multi-row
 * JDBC inserts straight into the people and security tables, so this module depends on no other
 * module's internals; only {@link app.pathwise.people.SearchText} is shared, so the directory
 * search finds seeded people exactly as it finds people entered through the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo organisation", allowedDependencies = "people")
package app.pathwise.demo;
