/**
 * People and organisation: departments as a tree, job titles, employees with their manager and
 * employment status, reporting lines computed in SQL, job history, the directory and the CSV
 * import of departments and employees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package app.pathwise.people;
