package se.kundlofte.requirement.ui;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * The board as users get it, in headless Chromium against the running portal (production mode
 * under {@code -Pbenchmark}), with 500 and 5,000 requirements: how long until the board is usable
 * after navigating to it (cards painted, no round trip pending), the bytes of the opening
 * responses, and the SQL statements an open board runs after a move's write (read from the
 * server's own counter). The heap per session, many users and the time of a move are measured by
 * {@link RequirementBoardLoadBenchmark} and {@link RequirementBoardBenchmark}. Prints figures;
 * asserts nothing about time.
 */
@Tag("benchmark")
@IntegrationTest
class RequirementBoardBrowserBenchmark {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final int RUNS = 11;

    /** Starts the clock and navigates to the board from the start page. */
    private static final String OPEN_BOARD = "performance.clearResourceTimings(); window.boardT0 = performance.now();"
            + "const item = document.querySelector(\"vaadin-side-nav-item[path='board']\");"
            + "(item.shadowRoot.querySelector('a') || item).click();";

    /** Cards painted and no round trip pending: ms since the click and the UIDL bytes received, else null. */
    private static final String USABLE = "let busy = false;"
            + "try { busy = Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()); }"
            + " catch (e) { busy = false; }"
            + "if (busy || document.querySelectorAll('#column-IDENTIFIED .board-card').length === 0) return null;"
            + "const bytes = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))"
            + " .reduce((sum, e) => sum + e.decodedBodySize, 0);"
            + "return [performance.now() - window.boardT0, bytes];";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RequirementBoardService board;

    @Test
    void theBoardInTheBrowser() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "needs chromium and chromedriver");
        System.out.printf(Locale.ROOT, "%nRequirement board in the browser (headless Chromium, production mode)%n");
        for (int size : List.of(500, 5_000)) {
            BenchmarkRequirements.seedTo(jdbc, size);
            measure(size);
        }
        moves();
    }

    private void measure(int size) throws Exception {
        WebDriver driver = newBrowser();
        try {
            logIn(driver);
            double[] usable = new double[RUNS];
            double[] bytes = new double[RUNS];
            for (int i = -3; i < RUNS; i++) {
                toStart(driver);
                JavascriptExecutor js = (JavascriptExecutor) driver;
                js.executeScript(OPEN_BOARD);
                @SuppressWarnings("unchecked")
                List<Number> result = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(5))
                        .until(d -> (List<Number>) js.executeScript(USABLE));
                if (i >= 0) {
                    usable[i] = result.get(0).doubleValue();
                    bytes[i] = result.get(1).doubleValue();
                }
            }
            Arrays.sort(usable);
            Arrays.sort(bytes);
            System.out.printf(
                    Locale.ROOT,
                    "%,6d requirements: board usable median %.0f ms, p90 %.0f ms; opening responses %,.0f bytes"
                            + " (uncompressed)%n",
                    size,
                    usable[RUNS / 2],
                    usable[(int) (RUNS * 0.9)],
                    bytes[RUNS / 2]);
        } finally {
            driver.quit();
        }
    }

    /**
     * A colleague's move with this board open: the statements after the write. (The time of a move
     * in the service is in {@link RequirementBoardBenchmark}.)
     */
    private void moves() throws Exception {
        List<Long> ids = jdbc.queryForList(
                "select id from requirement where stage = 'IDENTIFIED' and title like 'Benchmarkkrav%' "
                        + "order by critical desc, board_rank, id limit 50",
                Long.class);
        jdbc.update("update requirement set applies = 'YES', realistic = 'YES' where title like 'Benchmarkkrav%'");
        // The move alone, no board open: its reads before the write, the write, the commit.
        long alone = statementsOfMove(ids.get(1), () -> {});
        WebDriver driver = newBrowser();
        try {
            logIn(driver);
            driver.get("http://localhost:" + port + "/board");
            long first = ids.getFirst();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("card-" + first)).isEmpty());
            Thread.sleep(1000);
            // The same move with a board open, until the browser shows it (pushed, no reload).
            long withBoard = statementsOfMove(first, () -> {
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.cssSelector("#column-IDENTIFIED #card-" + first))
                                .isEmpty());
                sleep(1000);
            });
            System.out.printf(
                    Locale.ROOT,
                    "A move Identified → Analysed: %d statements alone, %d with one board open;"
                            + " SQL reads after the write per open board: %d%n",
                    alone,
                    withBoard,
                    withBoard - alone);
        } finally {
            driver.quit();
        }
    }

    private long statementsOfMove(long id, Runnable thenWait) {
        long version = jdbc.queryForObject("select version from requirement where id = ?", Long.class, id);
        long before = questions();
        RunAs.user(users, "product", () -> board.moveCard(id, version, Stage.ANALYSED, null, true));
        thenWait.run();
        return questions() - before - 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long questions() {
        return jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'",
                Long.class);
    }

    private void toStart(WebDriver driver) {
        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private void logIn(WebDriver driver) {
        driver.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[name='username'] input")))
                .sendKeys("product");
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private static WebDriver newBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--window-size=1280,860",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
