package app.pathwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.demo.DemoAssessments.Rating;
import app.pathwise.demo.DemoFramework.Level;
import app.pathwise.demo.DemoFramework.Move;
import app.pathwise.demo.DemoFramework.Path;
import app.pathwise.demo.DemoFramework.Version;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo framework's content and the ratings generator on their own, without a database. */
class DemoFrameworkContentTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @Test
    void everyCodeALevelNamesExistsInTheCatalogues() {
        Set<String> competencies = DemoCompetencies.COMPETENCIES.stream().map(DemoFramework.Competency::code)
            .collect(Collectors.toSet());
        Set<String> certifications = DemoCompetencies.CERTIFICATIONS.stream().map(DemoFramework.Certification::code)
            .collect(Collectors.toSet());
        Set<String> titles = DemoCatalogue.TITLES.stream().map(DemoCatalogue.Title::code).collect(Collectors.toSet());
        Set<String> families = DemoCareerPaths.FAMILIES.stream().map(DemoFramework.Family::code)
            .collect(Collectors.toSet());
        assertThat(DemoCareerPaths.PATHS.stream().map(Path::code).distinct()).hasSize(DemoCareerPaths.PATHS.size());
        for (Path path : DemoCareerPaths.PATHS) {
            assertThat(families).contains(path.family());
            for (Version version : path.versions()) {
                assertThat(version.levels()).hasSizeBetween(3, 5);
                assertThat(version.levels().stream().map(Level::code).distinct()).hasSize(version.levels().size());
                version.requirements().forEach(r -> assertThat(competencies).contains(r.competency()));
                for (Level level : version.levels()) {
                    assertThat(certifications).containsAll(level.certifications());
                    assertThat(titles).containsAll(level.jobTitles());
                    for (Move move : level.moves()) {
                        Path target = DemoCareerPaths.PATHS.stream().filter(p -> p.code().equals(move.toPath()))
                            .findFirst().orElseThrow();
                        assertThat(target.published().orElseThrow().levels()).extracting(Level::code)
                            .as(level.code() + " -> " + move.toLevel()).contains(move.toLevel());
                    }
                }
            }
        }
    }

    @Test
    void everyJobTitleOfTheDemoCompanyHasExactlyOnePublishedLevel() {
        assertThat(DemoAssessments.placements().keySet()).containsExactlyInAnyOrderElementsOf(
            DemoCatalogue.TITLES.stream().map(DemoCatalogue.Title::code).toList());
        assertThat(DemoCareerPaths.PATHS.stream().filter(p -> p.published().isEmpty()).map(Path::code))
            .containsExactly(DemoCareerPaths.DATA_SCIENCE);
    }

    @Test
    void theSameCompanyAndDayAlwaysGiveTheSameRatings() {
        DemoOrganisation company = DemoOrganisation.generate(300, TODAY);
        List<String> once = describe(DemoAssessments.generate(company, TODAY, ZoneOffset.UTC));
        List<String> again = describe(DemoAssessments.generate(DemoOrganisation.generate(300, TODAY), TODAY,
            ZoneOffset.UTC));

        assertThat(again).isEqualTo(once);
        Set<Member> rated = new HashSet<>();
        DemoAssessments.generate(company, TODAY, ZoneOffset.UTC).ratings().forEach(r -> rated.add(r.employee()));
        assertThat(rated).hasSizeGreaterThan(250);
    }

    @Test
    void theDemoEmployeesNextLevelIsPartlyMetPartlyNot() {
        DemoOrganisation company = DemoOrganisation.generate(300, TODAY);
        Member employee = company.members().stream().filter(m -> DemoAccounts.EMPLOYEE.equals(m.account))
            .findFirst().orElseThrow();
        DemoAssessments.Placement placement = DemoAssessments.placements().get(employee.title);
        List<Rating> ratings = DemoAssessments.generate(company, TODAY, ZoneOffset.UTC).ratings().stream()
            .filter(r -> r.employee() == employee).toList();

        long met = placement.nextRequirements().entrySet().stream().filter(requirement -> ratings.stream()
                .filter(r -> r.competency().equals(requirement.getKey()))
                .max((a, b) -> a.kind().equals(b.kind()) ? a.ratedAt().compareTo(b.ratedAt())
                    : a.kind().equals(DemoAssessments.MANAGER) ? 1 : -1)
                .orElseThrow().level() >= requirement.getValue())
            .count();
        assertThat(met).isPositive().isLessThan(placement.nextRequirements().size());
    }

    private static List<String> describe(DemoAssessments assessments) {
        return assessments.ratings().stream()
            .map(r -> r.employee().number + r.competency() + r.level() + r.kind() + r.ratedAt() + r.comment())
            .toList();
    }
}
