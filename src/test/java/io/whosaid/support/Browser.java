package io.whosaid.support;

import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both installed by scripts/ensure-chromium.sh
 * before the tests), with a fresh profile. It records what the page logs to the console and every request it
 * makes, so a test can check that a page has no errors and loads nothing from outside the service.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    public Browser() {
        try {
            profile = Files.createTempDirectory("whosaid-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    private static String executable(String name) {
        for (String folder : List.of("/usr/bin", "/usr/local/bin", "/usr/lib/chromium")) {
            Path path = Path.of(folder, name);
            if (Files.isExecutable(path)) {
                return path.toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: run scripts/ensure-chromium.sh");
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        // The pages re-render after each answer: an element found a moment ago may be replaced before it is read.
        return new WebDriverWait(driver, timeout)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Console messages at SEVERE (errors, failed loads) since the browser started. */
    public List<String> consoleErrors() {
        drainLogs();
        return console.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every URL the pages requested since the browser started (documents, scripts, styles, fonts, fetches). */
    public List<String> requestedUrls() {
        drainLogs();
        return List.copyOf(requests);
    }

    /**
     * The network requests (http, https, ws, wss) that went anywhere but {@code origin}; data: and blob: URLs are
     * the page's own, chrome: ones the browser's.
     */
    public List<String> requestsOutside(URI origin) {
        String own = origin.getScheme() + "://" + origin.getAuthority();
        return requestedUrls().stream()
                .filter(url -> url.matches("(?i)(https?|wss?)://.*"))
                .filter(url -> !(url.equals(own) || url.startsWith(own + "/")))
                .toList();
    }

    private void drainLogs() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonPath event = JsonPath.from(entry.getMessage());
            if ("Network.requestWillBeSent".equals(event.getString("message.method"))) {
                requests.add(event.getString("message.params.request.url"));
            }
        }
    }

    /** Saves the page as target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in /tmp is harmless
            }
        }
    }
}
