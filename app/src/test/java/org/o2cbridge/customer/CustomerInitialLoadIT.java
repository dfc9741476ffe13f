package org.o2cbridge.customer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.JobsApi;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer-initial-load job, started through the admin API, reads the simulated org's Accounts
 * with a Bulk API 2.0 query job and upserts them into the simulated NetSuite with SOAP upsertList:
 * a dry run writes nothing; a run creates each account's customer once, sets the account NetSuite
 * refuses aside with NetSuite's message, and leaves the bridge knowing each customer, so an order of
 * a loaded account makes no customer call; running it again creates no second customer. A stopped
 * run restarts after its last chunk and still creates each customer once. With {@code erp=sap} the
 * accounts become business partners of the simulated SAP S/4HANA, with {@code erp=d365} customers
 * of the simulated Dynamics 365 (the {@code legalEntity} naming the company), each once, through
 * OData {@code $batch}, with the same keys as the order dispatch. The org is shared with the rest
 * of the suite, so only this test's accounts are looked at.
 */
class CustomerInitialLoadIT extends IntegrationSuite {

    private static final String JOB = "customer-initial-load";
    private static final Duration JOB_TIME = Duration.ofSeconds(180);
    private static final Pattern LOADED = Pattern.compile("LOADED: (\\d+) of (\\d+) customers; NetSuite refused (\\d+)");
    /** A name of one em space: Salesforce takes it, NetSuite finds no company name in it. */
    private static final String BLANK_NAME = "\u2003";

    private static final Pattern LOADED_IN = Pattern.compile("LOADED: (\\d+) of (\\d+) customers; (.+) refused (\\d+)");

    private final JobsApi jobs = new JobsApi(this::bridge);
    private final AdminApi admin = new AdminApi(this::bridge);

    @Test
    void accountsBecomeSapBusinessPartnersOnceThroughBatchesWithTheRefusedOneSetAsideWithSapsMessage() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String acme = createAccount("Acme Sap " + run, address("100 Market St", "San Francisco", "CA", "94105", "US"), null);
        String globex = createAccount("Globex Sap " + run, address("1 Main St\nBuilding 2", "Springfield", "IL", "62701", "US"),
                address("9 Dock Rd", "Hamburg", null, "20457", "DE"));
        String blank = createAccount(BLANK_NAME, address("5 Side St", "Austin", "TX", "73301", "US"), null);
        int batchesBefore = sapCalls("POST $batch");

        long runId = jobs.start(JOB, "{\"erp\":\"sap\",\"chunkSize\":2}");
        JsonObject loaded = jobs.awaitCompleted(runId, JOB_TIME);

        Matcher counts = LOADED_IN.matcher(loaded.getString("exitStatus"));
        assertTrue(counts.matches(), loaded.toString());
        assertEquals("SAP S/4HANA", counts.group(3));
        long read = Long.parseLong(counts.group(2));
        assertEquals(read, Long.parseLong(counts.group(1)) + Long.parseLong(counts.group(4)), loaded.toString());
        assertTrue(sapCalls("POST $batch") - batchesBefore <= 2 * ((read + 1) / 2),
                "at most a batch of look-ups and one of creates per chunk: " + sapStats());
        assertEquals(0, sapCalls("POST A_BusinessPartner"), "no create outside a batch: " + sapStats());
        for (String account : List.of(acme, globex)) {
            assertEquals(1, sapPartners(account).getInt("count"), account);
            assertEquals(1, createdInSap(account), account);
        }
        JsonObject partner = sapPartners(globex).getJsonArray("records").getJsonObject(0);
        assertEquals("2", partner.getString("BusinessPartnerCategory"));
        assertEquals("Globex Sap " + run, partner.getString("OrganizationBPName1"));
        assertEquals(("Globex Sap " + run).toUpperCase(), partner.getString("SearchTerm1"));
        JsonObject address = partner.getJsonObject("to_BusinessPartnerAddress").getJsonArray("results").getJsonObject(0);
        assertEquals("1 Main St", address.getString("StreetName"));
        assertEquals("Building 2", address.getString("StreetSuffixName"));
        assertEquals("Springfield", address.getString("CityName"));
        assertEquals("62701", address.getString("PostalCode"));
        assertEquals("IL", address.getString("Region"));
        assertEquals("US", address.getString("Country"));
        JsonObject salesArea = partner.getJsonObject("to_Customer").getJsonObject("to_CustomerSalesArea")
                .getJsonArray("results").getJsonObject(0);
        assertEquals(List.of("1010", "10", "00"), List.of(salesArea.getString("SalesOrganization"),
                salesArea.getString("DistributionChannel"), salesArea.getString("Division")));
        assertEquals(0, sapPartners(blank).getInt("count"), "SAP refused it");
        assertEquals(1, TestDatabase.get().count("select count(*) from xref where entity_type = 'account' and sf_id = ? "
                + "and target_system = 'sap' and erp_id = ?", globex, partner.getString("Customer")));
        assertEquals(0, TestDatabase.get().count("select count(*) from xref where entity_type = 'account' and sf_id = ? "
                + "and target_system = 'sap'", blank));

        JsonObject rejection = rejection(runId, blank);
        assertEquals("rejected", rejection.getString("kind"));
        assertEquals("R11/085: Enter a name (OrganizationBPName1)", rejection.getString("reason"));

        admin.map("routing", "legal-entity", "DE01", "sap");
        String orderId = TestIds.order();
        Answer posted = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), Json.createObjectBuilder()
                .add("orders", Json.createArrayBuilder().add(TestOrders.order(orderId, acme, 1).add("legalEntity", "DE01")))
                .build());
        assertEquals(202, posted.status(), posted.body());
        JsonObject synced = Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> "SYNCED".equals(status.getString("syncState")), JOB_TIME, "order " + orderId + " synced");
        assertFalse(synced.getJsonArray("work").stream().map(JsonValue::asJsonObject)
                        .anyMatch(work -> work.getString("action").equals("customer.upsert")),
                "the bridge knows the loaded partner, so the order needs no customer call: " + synced);
        JsonObject salesOrder = HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + orderId), null).json();
        assertEquals(sapPartners(acme).getJsonArray("records").getJsonObject(0).getString("Customer"),
                salesOrder.getString("SoldToParty"));

        int creates = sapStats().getJsonObject("recordsCreatedByExternalId").size();
        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{\"erp\":\"sap\"}"), JOB_TIME);
        assertTrue(LOADED_IN.matcher(again.getString("exitStatus")).matches(), again.toString());
        assertEquals(creates, sapStats().getJsonObject("recordsCreatedByExternalId").size(), "a rerun creates nothing");
        assertEquals(1, createdInSap(acme));
        assertEquals(1, createdInSap(globex));
    }

    @Test
    void accountsBecomeD365CustomersOfTheLegalEntitysCompanyOnceThroughBatches() {
        admin.map("d365", "legal-entity", "USMF", "usmf");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String acme = createAccount("Acme D365 " + run, address("100 Market St", "San Francisco", "CA", "94105", "US"), null);
        String globex = createAccount("Globex D365 " + run, address("1 Main St\nBuilding 2", "Springfield", "IL", "62701",
                "US"), address("9 Dock Rd", "Hamburg", null, "20457", "DE"));
        String nowhere = createAccount("Nowhere D365 " + run, address("1 Lost Rd", "Atlantis City", null, "00000",
                "Atlantis"), null);

        long runId = jobs.start(JOB, "{\"erp\":\"d365\",\"legalEntity\":\"USMF\",\"chunkSize\":2}");
        JsonObject loaded = jobs.awaitCompleted(runId, JOB_TIME);

        Matcher counts = LOADED_IN.matcher(loaded.getString("exitStatus"));
        assertTrue(counts.matches(), loaded.toString());
        assertEquals("Dynamics 365", counts.group(3));
        for (String account : List.of(acme, globex)) {
            assertEquals(1, createdInD365(account), account);
        }
        JsonObject customer = d365Customer(globex).json();
        assertEquals("usmf", customer.getString("dataAreaId"));
        assertEquals(globex, customer.getString("CustomerAccount"));
        assertEquals("Globex D365 " + run, customer.getString("OrganizationName"));
        assertEquals("1 Main St\nBuilding 2", customer.getString("AddressStreet"));
        assertEquals("Springfield", customer.getString("AddressCity"));
        assertEquals("62701", customer.getString("AddressZipCode"));
        assertEquals("IL", customer.getString("AddressState"));
        assertEquals("USA", customer.getString("AddressCountryRegionId"));
        assertEquals(404, d365Customer(nowhere).status(), "refused");
        assertEquals(1, TestDatabase.get().count("select count(*) from xref where entity_type = 'account' and sf_id = ? "
                + "and target_system = 'd365' and erp_id = ?", globex, "usmf:" + globex));
        assertEquals("rejected", rejection(runId, nowhere).getString("kind"));
        assertTrue(rejection(runId, nowhere).getString("reason").contains("Atlantis"), rejection(runId, nowhere).toString());

        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{\"erp\":\"d365\",\"legalEntity\":\"USMF\"}"),
                JOB_TIME);
        Matcher rerun = LOADED_IN.matcher(again.getString("exitStatus"));
        assertTrue(rerun.matches(), again.toString());
        assertEquals(1, createdInD365(acme), "loading again updates the customer and makes no second one");
        assertEquals(1, createdInD365(globex));
        assertEquals(1, d365Records("CustomersV3").getJsonArray("records").stream().map(JsonValue::asJsonObject)
                .filter(c -> globex.equals(c.getString("CustomerAccount", null))).count());

        Answer noCompany = jobs.post("api/v1/admin/jobs/" + JOB + "/executions", "{\"erp\":\"d365\",\"chunkSize\":2}");
        assertEquals(201, noCompany.status(), noCompany.body());
        JsonObject failed = Eventually.await(() -> jobs.execution(noCompany.json().getJsonNumber("executionId").longValue()),
                execution -> Set.of("FAILED", "COMPLETED").contains(execution.getString("batchStatus")), JOB_TIME,
                "the run without a legal entity ends");
        assertEquals("FAILED", failed.getString("batchStatus"), "D365 has no company without a legal entity: " + failed);
    }

    @Test
    void theJobListOffersEveryErpWithAnAdapterAndALegalEntity() {
        Answer list = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/jobs"))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, list.status(), list.body());
        JsonObject job;
        try (var reader = Json.createReader(new java.io.StringReader(list.body()))) {
            job = reader.readArray().stream().map(JsonValue::asJsonObject).filter(j -> j.getString("name").equals(JOB))
                    .findFirst().orElseThrow(() -> new AssertionError(list.body()));
        }
        JsonObject erp = job.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("erp")).findFirst().orElseThrow(() -> new AssertionError(job));
        assertEquals(List.of("netsuite", "sap", "d365"), erp.getJsonArray("options").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList(), erp.toString());
        assertTrue(job.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getString("name").equals("legalEntity")), job.toString());
    }

    private JsonObject rejection(long runId, String account) {
        return jobs.skipped(runId).stream().map(JsonValue::asJsonObject)
                .filter(record -> record.getString("recordKey").equals("account " + account)).findFirst()
                .orElseThrow(() -> new AssertionError("no record set aside for " + account + ": " + jobs.skipped(runId)));
    }

    private JsonObject sapStats() {
        return HttpCalls.get(sandbox("api/sap/stats"), null).json();
    }

    private int sapCalls(String operation) {
        return sapStats().getJsonObject("callsByOperation").getInt(operation, 0);
    }

    private int createdInSap(String externalKey) {
        return sapStats().getJsonObject("recordsCreatedByExternalId").getInt(externalKey, 0);
    }

    private JsonObject sapPartners(String account) {
        List<JsonValue> found = HttpCalls.get(sandbox("api/sap/records/A_BusinessPartner"), null).json()
                .getJsonArray("records").stream().filter(p -> account.equals(p.asJsonObject()
                        .getString("BusinessPartnerIDByExtSystem", null))).toList();
        return Json.createObjectBuilder().add("count", found.size()).add("records", Json.createArrayBuilder(found)).build();
    }

    private int createdInD365(String externalKey) {
        return HttpCalls.get(sandbox("api/d365/stats"), null).json().getJsonObject("recordsCreatedByExternalId")
                .getInt(externalKey, 0);
    }

    private Answer d365Customer(String account) {
        return HttpCalls.get(sandbox("api/d365/records/CustomersV3?customerAccount=" + account), null);
    }

    private JsonObject d365Records(String entitySet) {
        return HttpCalls.get(sandbox("api/d365/records/" + entitySet), null).json();
    }

    @Test
    void accountsBecomeNetSuiteCustomersOnceWithTheRefusedOneSetAsideAndTheBridgeKnowingEachCustomer() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String acme = createAccount("Acme Load " + run, address("100 Market St", "San Francisco", "CA", "94105", "US"), null);
        String globex = createAccount("Globex Load " + run, address("1 Main St\nBuilding 2", "Springfield", "IL", "62701", "US"),
                address("9 Dock Rd", "Hamburg", null, "20457", "DE"));
        String blank = createAccount(BLANK_NAME, address("5 Side St", "Austin", "TX", "73301", "US"), null);

        JsonObject dryRun = jobs.awaitCompleted(jobs.start(JOB, "{\"dryRun\":true}"), JOB_TIME);
        assertTrue(dryRun.getString("exitStatus").matches("DRY RUN: \\d+ customers would be loaded; nothing was written"),
                dryRun.toString());
        for (String account : List.of(acme, globex, blank)) {
            assertEquals(404, customer(account).status(), "a dry run writes nothing");
        }

        long runId = jobs.start(JOB, "{\"chunkSize\":2,\"pageSize\":3}");
        JsonObject loaded = jobs.awaitCompleted(runId, JOB_TIME);
        Matcher counts = LOADED.matcher(loaded.getString("exitStatus"));
        assertTrue(counts.matches(), loaded.toString());
        long read = Long.parseLong(counts.group(2));
        long refused = Long.parseLong(counts.group(3));
        assertEquals(read, Long.parseLong(counts.group(1)) + refused, loaded.toString());
        assertTrue(refused >= 1, loaded.toString());
        JsonObject progress = loaded.getJsonObject("progress");
        assertEquals(read, progress.getJsonNumber("estimatedTotal").longValue(), "the query job's count: " + loaded);
        assertEquals(read, progress.getJsonNumber("done").longValue(), loaded.toString());
        assertEquals(refused, loaded.getJsonArray("steps").getJsonObject(0).getInt("rejected"), loaded.toString());

        JsonObject acmeCustomer = customer(acme).json();
        assertEquals("Acme Load " + run, acmeCustomer.getString("companyName"));
        JsonObject globexCustomer = customer(globex).json();
        assertEquals("Globex Load " + run, globexCustomer.getString("companyName"));
        JsonArray addresses = globexCustomer.getJsonObject("addressBook").getJsonArray("items");
        assertEquals(2, addresses.size(), "billing and shipping addresses: " + globexCustomer);
        assertEquals(1, createdInNetSuite(acme));
        assertEquals(1, createdInNetSuite(globex));
        assertEquals(404, customer(blank).status(), "NetSuite refused it");

        JsonObject rejection = jobs.skipped(runId).stream().map(JsonValue::asJsonObject)
                .filter(record -> record.getString("recordKey").equals("account " + blank)).findFirst()
                .orElseThrow(() -> new AssertionError("no record set aside for " + blank + ": " + jobs.skipped(runId)));
        assertEquals("rejected", rejection.getString("kind"));
        assertEquals("USER_ERROR: Please enter value(s) for: Company Name", rejection.getString("reason"));
        assertFalse(jobs.skipped(runId).stream().map(JsonValue::asJsonObject)
                .anyMatch(record -> record.getString("recordKey").equals("account " + acme)
                        || record.getString("recordKey").equals("account " + globex)));

        String orderId = TestIds.order();
        Answer posted = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), Json.createObjectBuilder()
                .add("orders", Json.createArrayBuilder().add(TestOrders.order(orderId, acme, 1))).build());
        assertEquals(202, posted.status(), posted.body());
        JsonObject synced = Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> "SYNCED".equals(status.getString("syncState")), JOB_TIME, "order " + orderId + " synced");
        assertFalse(synced.getJsonArray("work").stream().map(JsonValue::asJsonObject)
                .anyMatch(work -> work.getString("action").equals("customer.upsert")),
                "the bridge knows the loaded customer, so the order needs no customer call: " + synced);
        JsonObject salesOrder = HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + orderId), null).json();
        assertEquals(acmeCustomer.getString("id"), salesOrder.getJsonObject("entity").getString("id"), salesOrder.toString());

        JsonObject again = jobs.awaitCompleted(jobs.start(JOB, "{}"), JOB_TIME);
        assertTrue(LOADED.matcher(again.getString("exitStatus")).matches(), again.toString());
        assertEquals(1, createdInNetSuite(acme), "loading again updates the customer and makes no second one");
        assertEquals(1, createdInNetSuite(globex));
    }

    @Test
    void aStoppedRunRestartsAfterItsLastChunkAndLoadsEachCustomerOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> accounts = List.of(
                createAccount("Initech Load " + run, address("1 Tech Way", "Austin", "TX", "73301", "US"), null),
                createAccount("Umbrella Load " + run, address("2 Lab Rd", "Raccoon City", "MO", "63101", "US"), null),
                createAccount("Hooli Load " + run, address("3 Valley Dr", "Palo Alto", "CA", "94301", "US"), null));
        try {
            netSuiteSettings("{\"concurrencyLimit\":5,\"latencyMillis\":400}");
            int callsBefore = upsertListCalls();
            long first = jobs.start(JOB, "{\"chunkSize\":1,\"pageSize\":2}");
            Eventually.await(this::upsertListCalls, calls -> calls > callsBefore, JOB_TIME,
                    "the first upsertList of execution " + first);
            Answer stop = jobs.post("api/v1/admin/jobs/executions/" + first + "/stop", "");
            assertEquals(202, stop.status(), stop.body());
            JsonObject stopped = Eventually.await(() -> jobs.execution(first),
                    execution -> Set.of("STOPPED", "COMPLETED", "FAILED").contains(execution.getString("batchStatus")),
                    JOB_TIME, "execution " + first + " stopped");
            assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
            int writtenBefore = stopped.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("write");
            assertTrue(writtenBefore >= 1, stopped.toString());

            netSuiteSettings("{\"concurrencyLimit\":5,\"latencyMillis\":0}");
            Answer restarted = jobs.post("api/v1/admin/jobs/executions/" + first + "/restart", "{}");
            assertEquals(201, restarted.status(), restarted.body());
            JsonObject rest = jobs.awaitCompleted(restarted.json().getJsonNumber("executionId").longValue(), JOB_TIME);

            long total = rest.getJsonObject("progress").getJsonNumber("estimatedTotal").longValue();
            assertTrue(writtenBefore < total, "stopped before the end: " + stopped);
            JsonObject metrics = rest.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
            assertEquals(total - writtenBefore, metrics.getInt("read"), "the restart reads on after the last chunk: " + rest);
            assertEquals(total, rest.getJsonObject("progress").getJsonNumber("done").longValue(), rest.toString());
            Matcher counts = LOADED.matcher(rest.getString("exitStatus"));
            assertTrue(counts.matches(), rest.toString());
            assertEquals(total, Long.parseLong(counts.group(2)), "the run's counts go on over the restart: " + rest);
            for (String account : accounts) {
                assertEquals(200, customer(account).status(), account);
                assertEquals(1, createdInNetSuite(account), account);
            }
        } finally {
            netSuiteSettings("{\"concurrencyLimit\":5,\"latencyMillis\":0}");
        }
    }

    private void netSuiteSettings(String json) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, answer.status(), answer.body());
    }

    private int upsertListCalls() {
        return HttpCalls.get(sandbox("api/netsuite/stats"), null).json().getJsonObject("callsByOperation")
                .getInt("SOAP upsertList", 0);
    }

    private String createAccount(String name, JsonObjectBuilder billing, JsonObjectBuilder shipping) {
        JsonObjectBuilder account = Json.createObjectBuilder().add("name", name).add("billingAddress", billing);
        if (shipping != null) {
            account.add("shippingAddress", shipping);
        }
        Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", account).add("currency", "USD").add("effectiveDate", "2026-11-20")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productCode", "WID-100")
                        .add("quantity", 1).add("unitPrice", 10).add("unitOfMeasure", "EA"))).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("accountId");
    }

    private static JsonObjectBuilder address(String street, String city, String state, String postalCode, String country) {
        JsonObjectBuilder address = Json.createObjectBuilder().add("street", street).add("city", city)
                .add("postalCode", postalCode).add("country", country);
        if (state != null) {
            address.add("state", state);
        }
        return address;
    }

    private Answer customer(String accountId) {
        return HttpCalls.get(sandbox("api/netsuite/records/customer?externalId=" + accountId), null);
    }

    private int createdInNetSuite(String externalId) {
        JsonObject stats = HttpCalls.get(sandbox("api/netsuite/stats"), null).json();
        return stats.getJsonObject("recordsCreatedByExternalId").getInt(externalId, 0);
    }
}
