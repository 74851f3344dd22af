package io.ultramarket.commerce.console;

import io.ultramarket.commerce.servers.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Debian's headless Chromium driven through its chromedriver (installed by the harness, {@link HeadlessChromium}),
 * on the console of the app under test. One browser per test class: each sign-in is its own session.
 */
final class ConsoleBrowser implements AutoCloseable {

    /** How long the browser waits for what a page shows: generous, the machine is shared. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String baseUrl;
    private final ChromeDriver driver;

    ConsoleBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
        HeadlessChromium chromium = HeadlessChromium.installed();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        // --no-sandbox: the tests may run as root (CI), where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void signIn(String username, String password) {
        open("/console/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in-button")).click();
    }

    /** Forgets the session: the next test signs in afresh. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(200)).until(condition);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
