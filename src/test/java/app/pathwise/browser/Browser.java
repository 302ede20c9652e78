package app.pathwise.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system packages. Without it the browser tests are skipped with a note
 * on how to install it, except on CI ({@code CI=true}), where they fail.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("pathwise.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("pathwise.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String message = "Headless Chromium is needed for the browser tests: install it with "
            + "`sudo apt-get install chromium chromium-driver` (expects " + CHROMIUM + " and " + DRIVER + ").";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    static ChromeDriver start(Path profileDirectory) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-quic", "--force-prefers-reduced-motion", "--lang=en-US", "--window-size=1280,900", "--user-data-dir=" + profileDirectory);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    static void phone(ChromeDriver driver) {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    static void desktop(ChromeDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }
}
