package org.o2cbridge.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's OpenID Connect sign-in in a real headless Chromium: the suite's bridge is
 * configured with the sandbox's OpenID provider (same server, {@code /sandbox/oidc}); a user of
 * the operator group signs in there and lands on the dashboard as o2c-operator, a user of no
 * mapped group and a forged callback are refused with a message on the sign-in page.
 */
class ConsoleOidcIT extends IntegrationSuite {

    private static final Duration PAGE_TIME = Duration.ofSeconds(20);

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path scratch = Files.createTempDirectory("console-oidc");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("HOME", scratch.toString()))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + scratch.resolve("profile"));
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anOperatorSignsInAtTheProviderAndLandsOnTheDashboardAsOperator() {
        signInWithProvider(IntegrationEnvironment.OIDC_OPERATOR);

        waitFor(() -> browser.getCurrentUrl().endsWith("/console/index.xhtml"));
        String user = browser.findElement(By.id("signed-in-user")).getText();
        assertTrue(user.contains(IntegrationEnvironment.OIDC_OPERATOR + " (o2c-operator)"), user);
        browser.get(local("console/jobs.xhtml"));
        waitFor(() -> !browser.findElements(By.cssSelector("[id$='op-launch']")).isEmpty());
    }

    @Test
    void aUserOfNoMappedGroupIsRefusedWithAMessage() {
        signInWithProvider(IntegrationEnvironment.OIDC_OUTSIDER);

        waitFor(() -> browser.getCurrentUrl().contains("/console/login.xhtml")
                && !browser.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty());
        String message = browser.findElement(By.id("login:messages")).getText();
        assertTrue(message.contains("User '" + IntegrationEnvironment.OIDC_OUTSIDER
                + "' is in no group that may use the console."), message);
        browser.get(local("console/index.xhtml"));
        assertTrue(browser.getCurrentUrl().endsWith("/console/login.xhtml"), "still signed out: " + browser.getCurrentUrl());
    }

    @Test
    void aCallbackThatThisBrowserDidNotStartIsRefused() {
        browser.get(local("console/oidc/callback?code=made-up&state=made-up"));

        waitFor(() -> browser.getCurrentUrl().contains("/console/login.xhtml"));
        String message = browser.findElement(By.id("login:messages")).getText();
        assertTrue(message.contains("not started here"), message);
    }

    private void signInWithProvider(String user) {
        browser.get(local("console/login.xhtml"));
        browser.findElement(By.linkText("Sign in with " + IntegrationEnvironment.OIDC_PROVIDER_NAME)).click();
        waitFor(() -> browser.getCurrentUrl().contains("/sandbox/oidc/authorize")
                && !browser.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(IntegrationEnvironment.OIDC_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    /**
     * The bridge at {@code localhost}, the host the provider's registered redirect URI names (the
     * deployment's own address may be another name of the same machine).
     */
    private static String local(String path) {
        return System.getProperty("o2c.it.server-url") + "/" + path;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, PAGE_TIME).ignoring(StaleElementReferenceException.class)
                    .until(driver -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The page did not get there; it shows: " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
