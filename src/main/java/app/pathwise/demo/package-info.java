/**
 * The demo organisation: a fictitious company ("Pathwise Demo Co.") seeded at start-up so the
 * product can be tried, tested and benchmarked. About 300 employees by default (50,000 for the
 * benchmark) with Vietnamese, Chinese and English names, a department tree, five management layers
 * (six at 50,000), job history, leavers, and six sign-in accounts (employee, manager, manager2, hr,
 * exec, admin {@code @example.com}, password {@code pathwise-demo}).
 * <p>
 * With the company comes its competency framework and career paths, in English, Vietnamese and
 * Simplified Chinese: 26 competencies with behavioural indicators for every level of the scale, a
 * certification catalogue, four job families and fourteen paths tied to every job title the company
 * uses (two with a retired and a published version, one draft, one new version awaiting approval),
 * lateral moves, the certifications people hold, and self and manager ratings with history for
 * everyone still employed. Objectives and key results for the current quarter and year (company,
 * every top-level department, the demo accounts' units and the two demo managers' teams, aligned) come
 * with them ({@link app.pathwise.demo.DemoObjectives}).
 * Development plans come last ({@link app.pathwise.demo.DemoPlans}): about
 * every second person has one, everyone three from {@value app.pathwise.demo.DemoPlans#BENCHMARK_EMPLOYEES}
 * employees on (the benchmark's volume).
 * <p>
 * {@code pathwise.demo.enabled=true} seeds, {@code false} never does; unset, it seeds only on the
 * embedded database, never on an external one. Seeding happens once: an {@code employee} table
 * that has rows is left alone. The generator is deterministic (a seeded {@link java.util.Random}),
 * dates are counted back from the application clock's today. Rows are written with multi-row
 * JDBC inserts straight into the people, security, competency, career-path, objective and plan tables, in one
 * transaction, so this module depends on no other module's internals; only
 * {@link app.pathwise.people.SearchText} is shared, so the directory and path search find seeded
 * people and levels exactly as they find those entered through the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo organisation", allowedDependencies = "people")
package app.pathwise.demo;
