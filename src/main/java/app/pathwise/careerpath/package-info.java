/**
 * Career paths: job families, paths (tracks) with ordered levels, each level's requirements
 * (competencies at a proficiency, years of experience, education, certifications), lateral moves,
 * ties to job titles; authoring with executive approval and published versions; the explorer,
 * level comparison, gap analysis for a person and the needs map for a group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career paths")
package app.pathwise.careerpath;
