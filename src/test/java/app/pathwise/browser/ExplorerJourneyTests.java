package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.careerpath.CareerPathFixtures;
import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An employee finds their path, opens the next level, rates themself and sees the gap; their manager
 * confirms one rating, differs on another and the readiness changes; the manager reads the needs map.
 * Screenshots (desktop and phone) go to {@code target/screenshots/}.
 */
class ExplorerJourneyTests extends BrowserJourney {

    static final String PASSWORD = "explorer journey passphrase";

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anEmployeeFindsTheNextLevelRatesThemselfAndTheManagerConfirms() throws Exception {
        CareerPathFixtures paths = new CareerPathFixtures(jdbc);
        Fixtures people = new Fixtures(jdbc, encoder);
        World w = paths.world();
        long department = people.department("Journey " + w.tag());
        long manager = people.employee("Journey Manager " + w.tag(), null, department);
        long employee = people.employee("Journey Employee " + w.tag(), manager, department);
        paths.giveJobTitle(manager, w.teamLeadTitle());
        paths.giveJobTitle(employee, w.titles()[1]);
        for (int i = 0; i < 3; i++) {
            long peer = people.employee("Journey Peer " + i + " " + w.tag(), manager, department);
            paths.giveJobTitle(peer, w.titles()[i]);
            paths.rate(peer, w.coding(), 1 + i, "SELF", null);
        }
        String employeeEmail = people.account(employee, PASSWORD);
        String managerEmail = people.account(manager, PASSWORD);

        signIn(employeeEmail, PASSWORD);
        open("/paths?q=" + "engineer " + w.tag());
        screenshot("explorer-search");
        open("/paths/" + w.specialistPath());
        assertThat(driver.findElement(By.cssSelector(".pw-rung-yours")).getText()).contains("Engineer Two");
        screenshot("explorer-ladder");
        phone();
        screenshot("explorer-ladder-phone");
        desktop();
        driver.findElement(By.linkText("Senior Engineer " + w.tag())).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Senior Engineer " + w.tag());
        screenshot("explorer-level");
        phone();
        screenshot("explorer-level-phone");
        desktop();
        click(By.linkText("Compare with the next level"));
        screenshot("explorer-compare");

        open("/people/" + employee + "/assessment");
        press(By.id("r0-3"));
        driver.findElement(By.id("rows0.evidence")).sendKeys("Led the payments rewrite");
        press(By.id("r1-2"));
        press(By.id("r2-1"));
        screenshot("assessment-self");
        click(By.id("save-ratings"));
        waitFor(By.cssSelector(".alert-success"));
        open("/people/" + employee + "/gaps");
        String before = readiness(1);
        assertThat(before).isEqualTo("58%");
        screenshot("gaps-after-self-rating");
        signOut();

        signIn(managerEmail, PASSWORD);
        open("/people/" + employee + "/assessment");
        press(By.id("r0-3"));
        press(By.id("r1-3"));
        driver.findElement(By.id("rows1.comment")).sendKeys("Designed the ledger schema alone");
        press(By.cssSelector("details.mt-1 summary"));
        waitFor(By.cssSelector(".pw-history table"));
        screenshot("assessment-manager");
        click(By.id("save-ratings"));
        waitFor(By.cssSelector(".alert-success"));
        open("/people/" + employee + "/gaps");
        assertThat(readiness(1)).isEqualTo("65%");
        screenshot("gaps-after-manager-rating");
        open("/needs-map");
        screenshot("needs-map-team");
        phone();
        screenshot("needs-map-team-phone");
        desktop();
        signOut();
    }
}
