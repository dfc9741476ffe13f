package org.o2cbridge.console;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin console in a real headless Chromium against the suite's Payara Micro: sign-in and
 * roles enforced by the server, an operator launching a job and watching it to the end, the
 * dashboard's systems and chart, order search, a run's rejected records and the mappings' CSV import. One
 * browser for the whole class; each test starts signed out.
 */
class ConsoleBrowserIT extends IntegrationSuite {

    /** The job the operator launches from the console: the historical migration, as a dry run. */
    private static final String LAUNCHED_JOB = "historical-order-migration";
    private static final int HISTORY_ORDERS = 4000;
    private static final Duration PAGE_TIME = Duration.ofSeconds(20);
    private static final Duration JOB_TIME = Duration.ofSeconds(120);

    private static ChromeDriver browser;
    private static Path scratch;

    @BeforeAll
    static void startBrowser() throws IOException {
        scratch = Files.createTempDirectory("console-browser");
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
        // leave any page that polls first: a poll in flight when the cookies go would come back
        // with a session of its own and replace the one the next sign-in page is served in
        browser.get(bridge("console/login.xhtml").toString());
        browser.manage().deleteAllCookies();
    }

    @Test
    void aWrongPasswordIsRefusedAndPagesNeedASignIn() {
        browser.get(bridge("console/jobs.xhtml").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/console/login.xhtml"), browser.getCurrentUrl());

        signIn("operator", "not-" + IntegrationEnvironment.OPERATOR_PASSWORD);

        assertTrue(browser.getCurrentUrl().contains("/console/login.xhtml"), browser.getCurrentUrl());
        assertTrue(text(By.id("login:messages")).contains("Wrong user name or password."), text(By.id("login:messages")));
        browser.get(bridge("console/index.xhtml").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/console/login.xhtml"), "still signed out: " + browser.getCurrentUrl());
    }

    @Test
    void aViewerSeesJobsButTheServerRefusesTheirLaunchEvenByHand() {
        signIn("viewer", IntegrationEnvironment.VIEWER_PASSWORD);
        assertTrue(text(By.id("signed-in-user")).contains("viewer (o2c-viewer)"), text(By.id("signed-in-user")));
        browser.get(bridge("console/jobs.xhtml").toString());
        waitFor(() -> !browser.findElements(By.xpath(jobRow())).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[id$='op-launch']")).isEmpty(), "no launch button for a viewer");
        long latestBefore = latestExecution();

        String row = rowIndexOf(LAUNCHED_JOB);
        String launch = "jobs:job-list:" + row + ":op-launch";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jobs", "jobs");
        form.put(launch, launch);
        form.put("jakarta.faces.ViewState", viewState());
        HttpCalls.Answer plain = postAsBrowser("console/jobs.xhtml", form, false);
        assertEquals(403, plain.status(), plain.body());
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", launch);
        form.put("jakarta.faces.partial.execute", launch);
        HttpCalls.Answer ajax = postAsBrowser("console/jobs.xhtml", form, true);
        assertEquals(403, ajax.status(), ajax.body());

        assertEquals(latestBefore, latestExecution(), "the viewer's requests launched nothing");

        browser.get(bridge("console/dead-letters.xhtml").toString());
        waitFor(() -> !browser.findElements(By.id("letters:filter")).isEmpty());
        assertTrue(browser.findElements(By.id("letters:op-replay")).isEmpty(), "no replay button for a viewer");
        Map<String, String> replay = new LinkedHashMap<>();
        replay.put("letters", "letters");
        replay.put("jakarta.faces.partial.ajax", "true");
        replay.put("jakarta.faces.source", "letters:op-replay");
        replay.put("jakarta.faces.partial.execute", "@all");
        replay.put("jakarta.faces.ViewState", browser.findElement(
                By.cssSelector("form#letters input[name='jakarta.faces.ViewState']")).getAttribute("value"));
        HttpCalls.Answer replayed = postAsBrowser("console/dead-letters.xhtml", replay, true);
        assertEquals(403, replayed.status(), replayed.body());
    }

    @Test
    void aFormPostedWithoutTheViewStateOfTheOperatorsPageLaunchesNothing() {
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        browser.get(bridge("console/jobs.xhtml").toString());
        waitFor(() -> !browser.findElements(By.xpath(jobRow() + "//button[contains(@id,'op-launch')]")).isEmpty());
        long latestBefore = latestExecution();
        String launch = "jobs:job-list:" + rowIndexOf(LAUNCHED_JOB) + ":op-launch";
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("jobs", "jobs");
        forged.put(launch, launch);
        forged.put("jakarta.faces.ViewState", "-1234567890:987654321");
        HttpCalls.Answer withForgedState = postAsBrowser("console/jobs.xhtml", forged, false);
        forged.remove("jakarta.faces.ViewState");
        HttpCalls.Answer withoutState = postAsBrowser("console/jobs.xhtml", forged, false);

        assertTrue(withForgedState.status() >= 400, "a forged ViewState is refused: " + withForgedState.status());
        assertEquals(latestBefore, latestExecution(), "cross-site posts launched nothing; without state: "
                + withoutState.status());
    }

    @Test
    void theCustomerLoadsFormOffersTheErpsAsAChoiceAndTheLegalEntityAsText() {
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        browser.get(bridge("console/jobs.xhtml").toString());
        String row = "//tbody[contains(@id,'job-list')]/tr[.//a[normalize-space()='customer-initial-load']]";
        By erp = By.xpath(row + "//select[contains(@id,'choice')]");
        waitFor(() -> !browser.findElements(erp).isEmpty());

        assertEquals(List.of("netsuite", "sap", "d365"), browser.findElement(erp).findElements(By.tagName("option"))
                .stream().map(o -> o.getAttribute("value")).toList());
        assertEquals(1, browser.findElements(erp).size(), "one choice: erp");
        assertEquals(1, browser.findElements(By.xpath(row + "//label[normalize-space()='legalEntity']")).size());
        assertTrue(browser.findElement(By.xpath(row + "//label[normalize-space()='erp']")).isDisplayed());
    }

    @Test
    void anOperatorLaunchesTheMigrationAsADryRunAndWatchesItsProgressReachTheEndWithTheJobsCounts() throws IOException {
        // ten customers, all with an account: the migration test's customers 11 and 12 must stay without one
        HttpCalls.Answer plan = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/history"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"seed\":5,\"orders\":"
                        + HISTORY_ORDERS + ",\"linesPerOrder\":3,\"from\":\"2015-01-01\",\"to\":\"2017-01-01\",\"customers\":10}")));
        assertEquals(200, plan.status(), plan.body());
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        assertTrue(text(By.id("signed-in-user")).contains("operator (o2c-operator)"), text(By.id("signed-in-user")));
        browser.get(bridge("console/jobs.xhtml").toString());
        long latestBefore = latestExecution();

        By launch = By.xpath(jobRow() + "//button[contains(@id,'op-launch')]");
        waitFor(() -> !browser.findElements(launch).isEmpty());
        fill("from", "2015-01-01");
        fill("to", "2017-01-01");
        fill("dryRun", "true");
        fill("pageSize", "0");
        browser.findElement(launch).click();
        waitFor(() -> text(By.id("jobs:messages")).contains("pageSize"));
        assertEquals(latestBefore, latestExecution(), "a bad parameter launches nothing");
        fill("pageSize", "20");
        fill("chunkSize", "100");
        HttpCalls.Answer slow = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"concurrencyLimit\":5,\"latencyMillis\":60}")));
        assertEquals(200, slow.status(), slow.body());
        JsonObject finished;
        long started;
        By runRow;
        try {
            browser.findElement(launch).click();
            started = awaitValue(() -> latestExecution() > latestBefore ? latestExecution() : null, PAGE_TIME);
            runRow = By.xpath("//tbody[contains(@id,'run-list')]/tr[td[1][normalize-space()='" + started + "']]");
            By row = runRow;
            waitFor(() -> !browser.findElements(row).isEmpty() && !browser.findElement(row)
                    .findElements(By.cssSelector("[id$=':estimated']")).isEmpty());
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(row));
            screenshot("job-in-progress.png");
            browser.get(bridge("console/audit.xhtml").toString());
            assertTrue(text(By.id("audit:entries")).contains("execution " + started), text(By.id("audit:entries")));
            browser.get(bridge("console/jobs.xhtml").toString());
            waitFor(() -> !browser.findElements(By.xpath(jobRow() + "//a")).isEmpty());
            browser.findElement(By.xpath(jobRow() + "//a")).click();
            finished = awaitValue(() -> {
                JsonObject run = execution(started);
                return run.getString("batchStatus").equals("COMPLETED") ? run : null;
            }, JOB_TIME);
        } finally {
            HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/settings")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"concurrencyLimit\":5,\"latencyMillis\":0}")));
        }
        By row = runRow;
        waitFor(() -> cell(row, "status").equals("COMPLETED")
                && browser.findElement(row).findElement(By.cssSelector(".ui-progressbar-label")).getText().equals("100%"));

        assertEquals("true", finished.getJsonObject("parameters").getString("dryRun"), finished.toString());
        assertEquals("20", finished.getJsonObject("parameters").getString("pageSize"), finished.toString());
        JsonObject progress = finished.getJsonObject("progress");
        assertEquals(HISTORY_ORDERS, progress.getInt("done"), finished.toString());
        assertEquals(Integer.toString(HISTORY_ORDERS), cell(runRow, "read"));
        assertEquals("of " + HISTORY_ORDERS, cell(runRow, "estimated"), "the count the job estimated up front");
        assertEquals(finished.getString("exitStatus"), cell(runRow, "outcome"));
        assertTrue(cell(runRow, "outcome").startsWith("DRY RUN: " + HISTORY_ORDERS + " orders and " + 3 * HISTORY_ORDERS
                + " lines would be loaded"), cell(runRow, "outcome"));
        assertTrue(browser.findElements(By.xpath("//*[contains(@id,'op-stop')]")).isEmpty(), "a finished run has no stop button");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(runRow));
        screenshot("job-finished.png");

        browser.findElement(By.id("signout:sign-out")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/console/login.xhtml"));
        browser.get(bridge("console/jobs.xhtml").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/console/login.xhtml"), "signed out: " + browser.getCurrentUrl());
    }

    private static void fill(String parameter, String value) {
        WebElement input = parameterInput(parameter);
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void theDashboardShowsAnOrderJustSynced() throws IOException {
        signIn("viewer", IntegrationEnvironment.VIEWER_PASSWORD);
        waitFor(() -> !browser.findElements(By.id("dashboard:synced-hour")).isEmpty());
        long syncedBefore = Long.parseLong(text(By.id("dashboard:synced-hour")));
        long receivedBefore = Long.parseLong(text(By.id("dashboard:received-hour")));

        String order = syncedSalesforceOrder("Console Dashboard Customer");

        waitFor(() -> Long.parseLong(text(By.id("dashboard:synced-hour"))) > syncedBefore);
        assertTrue(Long.parseLong(text(By.id("dashboard:received-hour"))) > receivedBefore, "order " + order + " received");
        assertTrue(Long.parseLong(text(By.id("dashboard:synced-today"))) >= Long.parseLong(text(By.id("dashboard:synced-hour"))));

        By netsuite = By.xpath("//tbody[contains(@id,'systems')]/tr[.//*[contains(@id,':system') and normalize-space()='NetSuite']]");
        waitFor(() -> Long.parseLong(cell(netsuite, "calls-hour")) > 0);
        assertTrue(Long.parseLong(cell(netsuite, "calls-total")) >= Long.parseLong(cell(netsuite, "calls-hour")),
                browser.findElement(netsuite).getText());
        assertTrue(Long.parseLong(cell(netsuite, "throttled-total")) >= 0);
        assertEquals("UP", cell(netsuite, "health"), browser.findElement(netsuite).getText());
        assertEquals(4, browser.findElements(By.xpath("//tbody[contains(@id,'systems')]/tr")).size());
        waitFor(() -> Long.parseLong(text(By.id("dashboard:throughput-synced"))) > 0);
        WebElement canvas = browser.findElement(By.cssSelector("#dashboard\\:throughput canvas"));
        assertEquals("img", canvas.getAttribute("role"));
        assertTrue(canvas.getAttribute("aria-label").startsWith("Orders per minute over the last hour"), canvas.getAttribute("aria-label"));
        waitFor(() -> Boolean.TRUE.equals(browser.executeScript(
                "var c = document.querySelector('#dashboard\\\\:throughput canvas');"
                        + " if (!c || c.width === 0 || c.height === 0) return false;"
                        + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("throughput-heading")));
        screenshot("dashboard.png");
    }

    @Test
    void aViewerDownloadsAReconciliationRunsReportFromItsRow() {
        JobsApi jobs = new JobsApi(this::bridge);
        long run = jobs.start("reconciliation", "{\"dryRun\":true}");
        jobs.awaitCompleted(run, Duration.ofSeconds(180));
        signIn("viewer", IntegrationEnvironment.VIEWER_PASSWORD);
        browser.get(bridge("console/jobs.xhtml").toString());
        By show = By.xpath("//tbody[contains(@id,'job-list')]//a[normalize-space()='reconciliation']");
        waitFor(() -> !browser.findElements(show).isEmpty());
        browser.findElement(show).click();
        By report = By.cssSelector("a[id$=':report'][title*='execution " + run + " ']");
        waitFor(() -> !browser.findElements(report).isEmpty());
        String link = browser.findElement(report).getAttribute("id");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("jobs", "jobs");
        form.put(link, link);
        form.put("jakarta.faces.ViewState", viewState());
        HttpCalls.Answer csv = postAsBrowser("console/jobs.xhtml", form, false);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("order_id,order_number,kind,detail,action,recorded_at"), csv.body());
    }

    @Test
    void anOperatorOpensADeadLetterOfAMissingMappingAndReplaysItOnceTheMappingIsThere() throws IOException {
        String product = "WID-C" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        String order = activatedSalesforceOrder("Console Dead Letter Customer", product);
        awaitSalesforceStatus(order, "Failed");
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        browser.get(bridge("console/dead-letters.xhtml").toString());

        By row = By.xpath("//tbody[contains(@id,'letter-list')]/tr[.//*[contains(@id,':order') and normalize-space()='" + order + "']]");
        waitFor(() -> !browser.findElements(row).isEmpty());
        assertTrue(browser.findElement(row).getText().contains(product), browser.findElement(row).getText());
        browser.findElement(row).findElement(By.cssSelector(".ui-row-toggler")).click();
        waitFor(() -> browser.findElements(By.cssSelector("tr.ui-expanded-row-content")).stream()
                .anyMatch(e -> e.getText().contains("Payload") && e.getText().contains(product)));
        screenshot("dead-letter.png");

        browser.get(bridge("console/mappings.xhtml").toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mappings:system_input"))).selectByValue("netsuite");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mappings:type_input"))).selectByValue("item");
        browser.findElement(By.id("mappings:source")).sendKeys(product);
        browser.findElement(By.id("mappings:target")).sendKeys("WID-200");
        browser.findElement(By.id("mappings:op-save")).click();
        waitFor(() -> text(By.id("mappings:messages")).contains("Saved netsuite item " + product + " → WID-200."));
        assertTrue(text(By.id("mappings:rows")).contains(product), text(By.id("mappings:rows")));

        browser.get(bridge("console/dead-letters.xhtml").toString());
        waitFor(() -> !browser.findElements(row).isEmpty());
        browser.findElement(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.findElement(By.id("letters:op-replay")).click();

        waitFor(() -> text(By.id("letters:messages")).contains("Replayed 1 dead letter(s)."));
        assertTrue(browser.findElements(row).isEmpty(), "the replayed letter left the queue");
        awaitSalesforceStatus(order, "Synced");

        browser.get(bridge("console/orders.xhtml?order=" + order).toString());
        waitFor(() -> !browser.findElements(By.id("timeline-end")).isEmpty());
        String timeline = text(By.id("orders:timeline"));
        assertTrue(timeline.contains("RECEIVED") && timeline.contains("REPLAYED"), timeline);
        assertEquals("Now: Synced", text(By.id("timeline-end")));
        screenshot("order-timeline.png");

        browser.get(bridge("console/audit.xhtml").toString());
        String audit = text(By.id("audit:entries"));
        assertTrue(audit.contains("dead letter replay") && audit.contains("of order " + order), audit);
        assertTrue(audit.contains("mapping added") && audit.contains("netsuite item " + product), audit);
    }

    @Test
    void anOperatorEditsADeadLettersPayloadSeesTheChangesSavesAndReplaysIt() throws IOException {
        String product = "WID-P" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        String order = activatedSalesforceOrder("Console Payload Edit Customer", product);
        awaitSalesforceStatus(order, "Failed");
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        browser.get(bridge("console/dead-letters.xhtml").toString());

        By row = By.xpath("//tbody[contains(@id,'letter-list')]/tr[.//*[contains(@id,':order') and normalize-space()='" + order + "']]");
        waitFor(() -> !browser.findElements(row).isEmpty());
        browser.findElement(row).findElement(By.xpath(".//button[contains(@id,':op-edit')]")).click();
        waitFor(() -> !browser.findElements(By.id("letters:payload")).isEmpty());
        assertTrue(text(By.id("editor-title")).contains(order), text(By.id("editor-title")));
        WebElement editor = browser.findElement(By.id("letters:payload"));
        String stored = editor.getDomProperty("value");
        assertTrue(stored.contains(product) && stored.lines().count() > 10, "pretty-printed: " + stored);
        browser.executeScript("arguments[0].value = arguments[1];", editor, stored.replace(product, "WID-200"));
        browser.findElement(By.id("letters:edit-comment")).sendKeys("the product is WID-200");

        browser.findElement(By.id("letters:op-show-changes")).click();
        waitFor(() -> !browser.findElements(By.id("changes")).isEmpty());
        String changes = text(By.id("changes"));
        assertTrue(changes.lines().anyMatch(l -> l.startsWith("-") && l.contains(product)), changes);
        assertTrue(changes.lines().anyMatch(l -> l.startsWith("+") && l.contains("WID-200")), changes);
        waitFor(() -> text(By.id("letters:messages")).contains("The edited payload is valid"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'end'});", browser.findElement(By.id("changes")));
        screenshot("dead-letter-payload-edit.png");

        browser.findElement(By.id("letters:op-save-payload")).click();
        waitFor(() -> text(By.id("letters:messages")).contains("Saved the payload of dead letter"));
        assertTrue(browser.findElements(By.id("letters:payload")).isEmpty(), "the editor closed");
        waitFor(() -> !browser.findElements(row).isEmpty());
        browser.findElement(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.findElement(By.id("letters:op-replay")).click();
        waitFor(() -> text(By.id("letters:messages")).contains("Replayed 1 dead letter(s)."));
        awaitSalesforceStatus(order, "Synced");

        browser.get(bridge("console/orders.xhtml?order=" + order).toString());
        waitFor(() -> !browser.findElements(By.id("timeline-end")).isEmpty());
        String timeline = text(By.id("orders:timeline"));
        assertTrue(timeline.contains("EDITED") && timeline.contains("Payload edited by operator: the product is WID-200")
                && timeline.contains("REPLAYED"), timeline);
        assertEquals("Now: Synced", text(By.id("timeline-end")));

        browser.get(bridge("console/audit.xhtml").toString());
        String audit = text(By.id("audit:entries"));
        assertTrue(audit.contains("dead letter payload edit") && audit.contains("of order " + order), audit);
    }

    @Test
    void anOrderIsFoundByItsErpNumberAndByItsAccountAndOpensItsTimeline() throws IOException {
        String order = syncedSalesforceOrder("Console Search Customer");
        JsonObject synced = HttpCalls.get(sandbox("api/salesforce/orders/" + order), null).json();
        String erpNumber = synced.getString("ERP_Order_Number__c");
        String account = synced.getString("AccountId");
        signIn("viewer", IntegrationEnvironment.VIEWER_PASSWORD);
        browser.get(bridge("console/orders.xhtml").toString());

        searchOrders("ERP order number", erpNumber);
        By match = By.xpath("//tbody[contains(@id,'matches')]/tr[.//a[normalize-space()='" + order + "']]");
        waitFor(() -> !browser.findElements(match).isEmpty());
        assertEquals(1, browser.findElements(By.xpath("//tbody[contains(@id,'matches')]/tr")).size(),
                text(By.id("orders:matches")));
        assertTrue(cell(match, "erp").contains(erpNumber), cell(match, "erp"));
        screenshot("order-search.png");

        searchOrders("Salesforce Account Id", account);
        waitFor(() -> !browser.findElements(match).isEmpty());
        searchOrders("ERP order number", "NO-SUCH-" + erpNumber);
        waitFor(() -> text(By.id("orders:messages")).contains("No order has the ERP number NO-SUCH-" + erpNumber + "."));

        searchOrders("ERP order number", erpNumber);
        waitFor(() -> !browser.findElements(match).isEmpty());
        browser.findElement(match).findElement(By.tagName("a")).click();
        waitFor(() -> !browser.findElements(By.id("timeline-end")).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("order=" + order), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector("pre.payload")).isEmpty(), "payloads only on demand");
        browser.findElement(By.id("orders:show-payloads")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("details.payload-entry")).isEmpty());
        WebElement first = browser.findElements(By.cssSelector("details.payload-entry")).get(0);
        assertTrue(first.getText().contains("Order event"), first.getText());
        assertTrue(!first.findElement(By.cssSelector("pre.payload")).isDisplayed(), "each payload closed until opened");
        first.findElement(By.tagName("summary")).click();
        waitFor(() -> first.findElement(By.cssSelector("pre.payload")).isDisplayed());
        String payload = first.findElement(By.cssSelector("pre.payload")).getText();
        assertTrue(payload.contains("\"sfOrderId\"") && payload.contains(order), payload);
        assertTrue(text(By.id("orders:timeline")).contains("RECEIVED"), text(By.id("orders:timeline")));
        assertEquals("Now: Synced", text(By.id("timeline-end")));
    }

    private static void searchOrders(String by, String value) {
        waitFor(() -> {
            browser.findElement(By.xpath("//label[starts-with(@for,'orders:search-by') and normalize-space()='" + by + "']")).click();
            return true;
        });
        waitFor(() -> text(By.id("orders:query-label")).startsWith(by));
        WebElement query = browser.findElement(By.id("orders:order-id"));
        query.clear();
        query.sendKeys(value);
        browser.findElement(By.id("orders:search")).click();
    }

    @Test
    void aViewerCannotImportMappingsEvenByHand() throws IOException {
        String source = "CSV-V" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        signIn("viewer", IntegrationEnvironment.VIEWER_PASSWORD);
        browser.get(bridge("console/mappings.xhtml").toString());
        waitFor(() -> !browser.findElements(By.id("mappings:rows")).isEmpty());
        assertTrue(browser.findElements(By.id("import:op-import")).isEmpty(), "no import for a viewer");
        String viewState = browser.findElement(By.cssSelector("form#mappings input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");

        HttpCalls.Answer refused = postMultipartAsBrowser("console/mappings.xhtml", Map.of("import", "import",
                "import:op-import", "Import", "jakarta.faces.ViewState", viewState), "import:op-file",
                "system,type,source_value,target_value\r\nnetsuite,item," + source + ",WID-200\r\n");

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("is a viewer."), "refused by the filter, before Faces: " + refused.body());
        HttpCalls.Answer mappings = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/mappings?system=netsuite"))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, mappings.status(), mappings.body());
        assertFalse(mappings.body().contains(source), "the viewer's file imported nothing");
    }

    @Test
    void anOperatorImportsACsvFileAndSeesItsRowsAndABadFileIsRefusedNamingTheLine() throws IOException {
        String prefix = "CSV-O" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        Path good = scratch.resolve(prefix + ".csv");
        Files.writeString(good, "system,type,source_value,target_value\r\n"
                + "netsuite,item," + prefix + "-A,WID-200\r\n"
                + "sap,unit-of-measure," + prefix + "-B,ST\r\n");
        Path bad = scratch.resolve(prefix + "-bad.csv");
        Files.writeString(bad, "system,type,source_value,target_value\r\n"
                + "netsuite,item," + prefix + "-C,WID-200\r\n"
                + "netsuite,," + prefix + "-D,WID-200\r\n");
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        browser.get(bridge("console/mappings.xhtml").toString());

        browser.findElement(By.id("import:op-file")).sendKeys(bad.toString());
        browser.findElement(By.id("import:op-import")).click();
        waitFor(() -> text(By.id("mappings:messages")).contains("Line 3: type is empty. Nothing was imported."));
        assertTrue(text(By.id("mappings:messages")).contains(bad.getFileName().toString()), text(By.id("mappings:messages")));

        browser.findElement(By.id("import:op-file")).sendKeys(good.toString());
        browser.findElement(By.id("import:op-import")).click();
        waitFor(() -> text(By.id("mappings:messages")).contains("Imported " + good.getFileName() + ": 2 row(s): 2 added, 0 changed, 0 unchanged."));
        WebElement sourceFilter = browser.findElement(By.xpath("//th[.//*[normalize-space()='Salesforce value']]//input"));
        sourceFilter.sendKeys(prefix);
        waitFor(() -> browser.findElements(By.xpath("//tbody[@id='mappings:rows_data']/tr")).size() == 2
                && text(By.id("mappings:rows")).contains(prefix + "-A") && text(By.id("mappings:rows")).contains(prefix + "-B"));
        String rows = text(By.id("mappings:rows"));
        assertFalse(rows.contains(prefix + "-C"), "nothing of the bad file was stored: " + rows);
        assertTrue(rows.contains("WID-200") && rows.contains("ST") && rows.contains("operator"), rows);
        screenshot("mappings-import.png");

        browser.get(bridge("console/audit.xhtml").toString());
        String audit = text(By.id("audit:entries"));
        assertTrue(audit.contains("mapping import") && audit.contains(good.getFileName().toString()), audit);
        assertTrue(audit.contains("netsuite item " + prefix + "-A") && audit.contains("sap unit-of-measure " + prefix + "-B"), audit);
    }

    @Test
    void theRecordsARunRejectedAreListedOnTheJobsPage() throws IOException {
        // twelve customers, the last two without an account, as in the migration test (customers 11 and 12 stay
        // without one); the range is the plan's last months, so its orders are not the migration test's
        HttpCalls.Answer plan = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/history"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"seed\":21,"
                        + "\"orders\":1000,\"linesPerOrder\":1,\"from\":\"2010-01-01\",\"to\":\"2020-01-01\","
                        + "\"customers\":12,\"customersWithoutAccount\":2}")));
        assertEquals(200, plan.status(), plan.body());
        JobsApi jobs = new JobsApi(this::bridge);
        long run = jobs.start(LAUNCHED_JOB, "{\"from\":\"2019-07-01\",\"to\":\"2020-01-01\",\"chunkSize\":50}");
        jobs.awaitCompleted(run, JOB_TIME);
        JsonArray setAside = jobs.skipped(run);
        assertTrue(!setAside.isEmpty(), "the run rejected the orders of customers without an account");

        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        browser.get(bridge("console/jobs.xhtml").toString());
        waitFor(() -> !browser.findElements(By.xpath(jobRow() + "//a")).isEmpty());
        browser.findElement(By.xpath(jobRow() + "//a")).click();
        By runRow = By.xpath("//tbody[contains(@id,'run-list')]/tr[td[1][normalize-space()='" + run + "']]");
        waitFor(() -> !browser.findElements(runRow).isEmpty()
                && !browser.findElement(runRow).findElements(By.cssSelector("[id$=':show-skipped']")).isEmpty());
        assertEquals(Integer.toString(setAside.size()), cell(runRow, "rejected"));
        browser.findElement(runRow).findElement(By.cssSelector("[id$=':show-skipped']")).click();

        By records = By.xpath("//tbody[@id='jobs:skipped-records_data']/tr");
        waitFor(() -> browser.findElements(records).size() == Math.min(25, setAside.size()));
        assertTrue(text(By.id("jobs:skipped-records")).contains("execution " + run), text(By.id("jobs:skipped-records")));
        java.util.Set<String> keys = setAside.stream().map(v -> v.asJsonObject().getString("recordKey"))
                .collect(Collectors.toSet());
        for (WebElement record : browser.findElements(records)) {
            String key = record.findElement(By.cssSelector("[id$=':key']")).getText().strip();
            assertTrue(keys.contains(key) && key.startsWith("order SO-H"), key);
            assertEquals("rejected", record.findElement(By.cssSelector("[id$=':kind']")).getText().strip());
            assertTrue(record.findElement(By.cssSelector("[id$=':reason']")).getText()
                    .startsWith("INVALID_FIELD:Foreign key external ID: "), record.getText());
        }
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("jobs:skipped-records")));
        screenshot("skipped-records.png");
    }

    @Test
    void anIdleSessionExpiresAndItsNextActionLaunchesNothingWhileAnActiveSessionLastsOn() {
        // the brief user's sessions expire after a few seconds of inactivity; everyone else's after the default
        Duration timeout = IntegrationEnvironment.BRIEF_SESSION;
        signIn(IntegrationEnvironment.BRIEF_USER, IntegrationEnvironment.BRIEF_PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/console/index.xhtml"), browser.getCurrentUrl());

        // active: a page every third of the timeout, for three timeouts, and the session lasts
        Instant activeUntil = Instant.now().plus(timeout.multipliedBy(3));
        String[] pages = {"orders", "audit", "jobs", "dead-letters"};
        int visits = 0;
        while (Instant.now().isBefore(activeUntil)) {
            idleUntil(Instant.now().plus(timeout.dividedBy(3)));
            String page = pages[visits++ % pages.length];
            browser.get(bridge("console/" + page + ".xhtml").toString());
            assertTrue(browser.getCurrentUrl().contains("/console/" + page + ".xhtml"),
                    "still signed in after " + visits + " pages: " + browser.getCurrentUrl());
        }
        // the mappings page does not refresh itself: nothing reaches the bridge while the user is away
        String source = "IDLE-" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        browser.get(bridge("console/mappings.xhtml").toString());
        assertTrue(browser.getCurrentUrl().contains("/console/mappings.xhtml"), browser.getCurrentUrl());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mappings:system_input"))).selectByValue("netsuite");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mappings:type_input"))).selectByValue("item");
        browser.findElement(By.id("mappings:source")).sendKeys(source);
        browser.findElement(By.id("mappings:target")).sendKeys("WID-200");
        Instant lastRequest = Instant.now();

        // idle: past the timeout, the save is answered with the sign-in page and saves nothing
        idleUntil(lastRequest.plus(timeout).plusMillis(1500));
        browser.findElement(By.id("mappings:op-save")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/console/login.xhtml"));
        HttpCalls.Answer mappings = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/mappings?system=netsuite"))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, mappings.status(), mappings.body());
        assertFalse(mappings.body().contains(source), "the expired session's save saved nothing");
        browser.get(bridge("console/mappings.xhtml").toString());
        assertTrue(browser.getCurrentUrl().endsWith("/console/login.xhtml"), "signed out: " + browser.getCurrentUrl());

        // pages that refresh themselves (the dashboard, the jobs) do not count that as activity: left open,
        // they go to the sign-in page by themselves
        signIn(IntegrationEnvironment.BRIEF_USER, IntegrationEnvironment.BRIEF_PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/console/index.xhtml"), browser.getCurrentUrl());
        waitFor(() -> browser.getCurrentUrl().endsWith("/console/login.xhtml"));
    }

    /** Waits, without a request to the bridge, until {@code moment} has passed. */
    private static void idleUntil(Instant moment) {
        awaitValue(() -> Instant.now().isAfter(moment) ? Boolean.TRUE : null,
                Duration.between(Instant.now(), moment).plusSeconds(5));
    }

    @Test
    void anOperatorSignsInAndLaunchesAJobWithTheKeyboardAlone() {
        browser.get(bridge("console/login.xhtml").toString());
        tabTo(By.id("login:username")).sendKeys("operator");
        tabTo(By.id("login:password")).sendKeys(IntegrationEnvironment.OPERATOR_PASSWORD);
        tabTo(By.id("login:sign-in")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().endsWith("/console/index.xhtml"));

        WebElement jobsLink = tabTo(By.xpath("//header//nav//a[normalize-space()='Jobs']"));
        assertTrue(visiblyFocused(jobsLink), "a focused link shows its focus");
        jobsLink.sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("/console/jobs.xhtml")
                && !browser.findElements(By.xpath(jobRow() + "//button[contains(@id,'op-launch')]")).isEmpty());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", "2030-02-01");
        parameters.put("to", "2030-02-02");
        parameters.put("dryRun", "true");
        parameters.forEach((name, value) -> tabTo(parameterInput(name)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value));
        WebElement launch = tabTo(By.xpath(jobRow() + "//button[contains(@id,'op-launch')]"));
        assertTrue(visiblyFocused(launch), "a focused button shows its focus");
        long latestBefore = latestExecution();

        launch.sendKeys(Keys.SPACE);

        long started = awaitValue(() -> latestExecution() > latestBefore ? latestExecution() : null, PAGE_TIME);
        waitFor(() -> text(By.id("jobs:messages")).contains(Long.toString(started)));
        JsonObject run = awaitValue(() -> {
            JsonObject execution = execution(started);
            return execution.getString("batchStatus").matches("COMPLETED|FAILED|STOPPED|ABANDONED") ? execution : null;
        }, JOB_TIME);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertEquals("true", run.getJsonObject("parameters").getString("dryRun"), run.toString());
        assertEquals("2030-02-01", run.getJsonObject("parameters").getString("from"), run.toString());
    }

    /** Presses Tab on whatever has the focus until {@code target} has it; fails if it never gets it. */
    private static WebElement tabTo(By target) {
        return tabTo(browser.findElement(target));
    }

    private static WebElement tabTo(WebElement target) {
        for (int presses = 0; presses < 250; presses++) {
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(target)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target.getAttribute("id") + " \"" + target.getText()
                + "\"; the focus is on " + browser.switchTo().activeElement().getAttribute("outerHTML"));
    }

    private static boolean visiblyFocused(WebElement element) {
        return (Boolean) browser.executeScript("var s = getComputedStyle(arguments[0]);"
                + " return arguments[0].matches(':focus-visible') && s.outlineStyle !== 'none'"
                + " && parseFloat(s.outlineWidth) >= 2;", element);
    }

    @Test
    void everyConsolePageHasNoSeriousOrCriticalWcagViolationsThatAxeFinds() {
        String product = "WID-X" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        String failing = activatedSalesforceOrder("Console Accessibility Customer", product);
        String synced = syncedSalesforceOrder("Console Accessibility Synced Customer");
        awaitSalesforceStatus(failing, "Failed");
        java.util.List<String> violations = new java.util.ArrayList<>();

        browser.get(bridge("console/login.xhtml").toString());
        violations.addAll(axe("sign-in"));
        signIn("operator", IntegrationEnvironment.OPERATOR_PASSWORD);
        waitFor(() -> !browser.findElements(By.id("dashboard:synced-hour")).isEmpty());
        violations.addAll(axe("dashboard"));

        browser.get(bridge("console/orders.xhtml").toString());
        violations.addAll(axe("orders"));
        browser.get(bridge("console/orders.xhtml?order=" + synced).toString());
        waitFor(() -> !browser.findElements(By.id("timeline-end")).isEmpty());
        browser.findElement(By.id("orders:show-payloads")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("details.payload-entry")).isEmpty());
        browser.findElement(By.cssSelector("details.payload-entry summary")).click();
        violations.addAll(axe("order timeline"));

        browser.get(bridge("console/dead-letters.xhtml").toString());
        By row = By.xpath("//tbody[contains(@id,'letter-list')]/tr[.//*[contains(@id,':order') and normalize-space()='" + failing + "']]");
        waitFor(() -> !browser.findElements(row).isEmpty());
        browser.findElement(row).findElement(By.cssSelector(".ui-row-toggler")).click();
        waitFor(() -> browser.findElements(By.cssSelector("tr.ui-expanded-row-content")).stream()
                .anyMatch(e -> e.getText().contains(product)));
        violations.addAll(axe("dead letters, one open"));

        browser.get(bridge("console/jobs.xhtml").toString());
        waitFor(() -> !browser.findElements(By.xpath(jobRow() + "//a")).isEmpty());
        browser.findElement(By.xpath(jobRow() + "//a")).click();
        // once the link's own request is over: meanwhile PrimeFaces dims it as disabled
        waitFor(() -> text(By.id("jobs:runs")).contains("Runs of " + LAUNCHED_JOB) && browser.findElements(
                By.cssSelector("[id$=':show'].ui-state-disabled")).isEmpty());
        violations.addAll(axe("jobs with runs and parameter forms"));

        browser.get(bridge("console/mappings.xhtml").toString());
        waitFor(() -> !browser.findElements(By.id("mappings:rows")).isEmpty());
        violations.addAll(axe("mappings"));

        browser.get(bridge("console/audit.xhtml").toString());
        violations.addAll(axe("audit log"));

        assertTrue(violations.isEmpty(), violations.size() + " serious or critical WCAG 2 A/AA violation(s):\n"
                + String.join("\n", violations));
    }

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /**
     * Runs axe-core's WCAG 2 A and AA rules in the page as it is now; one line per serious or critical
     * violation: the page, the rule, its impact and the selectors of the elements that break it.
     */
    private static java.util.List<String> axe(String page) {
        String engine;
        try (var in = ConsoleBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
            assertTrue(in != null, "axe-core on the test class path: " + AXE);
            engine = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.executeScript(engine);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String found = (String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, resultTypes: ['violations']})"
                + " .then(function (r) { done(JSON.stringify(r.violations"
                + "   .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "   .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + "     targets: v.nodes.map(function (n) { return n.target.join(' ')"
                + "       + (n.any.length ? ' [' + n.any[0].message + ']' : ''); })}; }))); })"
                + " .catch(function (e) { done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), targets: []}])); });");
        try (var reader = Json.createReader(new StringReader(found))) {
            return reader.readArray().stream().map(v -> v.asJsonObject()).map(v -> page + ": " + v.getString("id")
                    + " (" + v.getString("impact") + ") " + v.getString("help") + ": "
                    + v.getJsonArray("targets").stream().map(t -> ((jakarta.json.JsonString) t).getString())
                    .collect(Collectors.joining(", "))).collect(Collectors.toList());
        }
    }

    private String activatedSalesforceOrder(String accountName, String product) {
        HttpCalls.Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", Json.createObjectBuilder().add("street", "1 Main St")
                                .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-1")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productCode", product)
                        .add("quantity", 4).add("unitPrice", 25).add("unitOfMeasure", "EA"))).build());
        assertEquals(201, created.status(), created.body());
        String orderId = created.json().getString("orderId");
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");
        return orderId;
    }

    private JsonObject awaitSalesforceStatus(String orderId, String status) {
        return awaitValue(() -> {
            JsonObject order = HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json();
            return !order.isNull("ERP_Sync_Status__c") && status.equals(order.getString("ERP_Sync_Status__c")) ? order : null;
        }, JOB_TIME);
    }

    private String syncedSalesforceOrder(String accountName) {
        HttpCalls.Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", Json.createObjectBuilder().add("street", "1 Main St")
                                .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-1")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productCode", "WID-100")
                        .add("quantity", 4).add("unitPrice", 25).add("unitOfMeasure", "EA"))).build());
        assertEquals(201, created.status(), created.body());
        String orderId = created.json().getString("orderId");
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");
        awaitValue(() -> {
            JsonObject order = HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json();
            return !order.isNull("ERP_Sync_Status__c") && "Synced".equals(order.getString("ERP_Sync_Status__c")) ? order : null;
        }, JOB_TIME);
        return orderId;
    }

    private void signIn(String user, String password) {
        browser.get(bridge("console/login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:sign-in")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/console/index.xhtml")
                || !browser.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty());
    }

    private static WebElement parameterInput(String name) {
        return browser.findElement(By.xpath(jobRow() + "//label[starts-with(normalize-space(),'" + name + "')]"))
                .findElement(By.xpath("following::input[1]"));
    }

    private static String jobRow() {
        return "//tbody[contains(@id,'job-list')]/tr[.//a[normalize-space()='" + LAUNCHED_JOB + "']]";
    }

    private static String rowIndexOf(String job) {
        return browser.findElement(By.xpath(jobRow())).getAttribute("data-ri");
    }

    private static String viewState() {
        return browser.findElement(By.cssSelector("form#jobs input[name='jakarta.faces.ViewState']")).getAttribute("value");
    }

    private static String cell(By row, String id) {
        return browser.findElement(row).findElement(By.cssSelector("[id$=':" + id + "']")).getText().strip();
    }

    private static String text(By element) {
        return browser.findElement(element).getText();
    }

    private HttpCalls.Answer postAsBrowser(String path, Map<String, String> form, boolean ajax) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(bridge(path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return HttpCalls.send(request);
    }

    private HttpCalls.Answer postMultipartAsBrowser(String path, Map<String, String> fields, String fileField, String file) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        String boundary = "----console" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"mappings.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(file).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return HttpCalls.send(HttpRequest.newBuilder(bridge(path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private long latestExecution() {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs/" + LAUNCHED_JOB + "/executions"))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            JsonArray runs = reader.readArray();
            return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("executionId").longValue();
        }
    }

    private JsonObject execution(long id) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs/executions/" + id))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /**
     * Waits until the condition holds, looking again when an element it read was replaced meanwhile
     * (an AJAX update): Selenium's stale element, or Chromium's own words for the same race, an
     * "unknown error" that the node "does not belong to the document".
     */
    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, PAGE_TIME).ignoring(StaleElementReferenceException.class)
                    .until(driver -> {
                        try {
                            return condition.getAsBoolean();
                        } catch (WebDriverException e) {
                            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                                return false;
                            }
                            throw e;
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The page did not get there; it shows: " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static <T> T awaitValue(java.util.function.Supplier<T> probe, Duration within) {
        return new WebDriverWait(browser, within, Duration.ofMillis(200)).until(driver -> probe.get());
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("o2c.it.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertFalse(Files.size(folder.resolve(name)) == 0, name);
    }
}
