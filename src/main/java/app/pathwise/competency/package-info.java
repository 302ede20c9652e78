/**
 * The competency framework: a proficiency scale whose every level has a label, competency groups,
 * competencies with behavioural indicators per level (in English, Vietnamese and Chinese), the
 * certification catalogue and the certifications people hold, and competency assessments: every
 * self and manager rating, kept with its date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competencies")
package app.pathwise.competency;
