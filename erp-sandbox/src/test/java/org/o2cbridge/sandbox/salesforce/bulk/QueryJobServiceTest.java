package org.o2cbridge.sandbox.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;

class QueryJobServiceTest {

    private final BulkFixture bulk = new BulkFixture();
    private final QueryJobService queries = new QueryJobService(bulk.org, bulk.executor, Clock.systemUTC());

    @AfterEach
    void stop() {
        bulk.close();
    }

    private void loadAccounts(int count) {
        StringBuilder csv = new StringBuilder("ERP_Customer_Id__c,Name,BillingCountry\n");
        for (int i = 1; i <= count; i++) {
            csv.append("C-").append(i).append(",\"Customer ").append(i).append(", Inc.\",").append(i % 2 == 0 ? "US" : "DE").append('\n');
        }
        bulk.run("{'object':'Account','operation':'upsert','externalIdFieldName':'ERP_Customer_Id__c'}", csv.toString());
    }

    private String query(String soql) {
        String jobId = queries.create(request(soql), "62.0").id();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!queries.get(jobId).state().finished()) {
            assertTrue(Instant.now().isBefore(deadline), "query job did not finish");
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return jobId;
    }

    private static JsonObject request(String soql) {
        return Json.createObjectBuilder().add("operation", "query").add("query", soql).build();
    }

    private static List<CSVRecord> rows(QueryJobService.Page page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            page.csv().write(out);
            try (CSVParser parser = CSVParser.parse(out.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SalesforceApiException refusal(String soql) {
        return assertThrows(SalesforceApiException.class,
                () -> queries.create(request(soql), "62.0"));
    }

    @Test
    void pagesFollowTheLocatorUntilItIsNull() {
        loadAccounts(25);
        String jobId = query("SELECT Id, ERP_Customer_Id__c, Name FROM Account");

        JsonObject info = BulkJobJson.query(queries.get(jobId).info(), true);
        assertEquals("JobComplete", info.getString("state"));
        assertEquals("V2Query", info.getString("jobType"));
        assertEquals(25, info.getInt("numberRecordsProcessed"));
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String locator = null;
        do {
            QueryJobService.Page page = queries.results(jobId, locator, 10);
            List<CSVRecord> rows = rows(page);
            assertEquals(List.of("Id", "ERP_Customer_Id__c", "Name"), rows.get(0).toList());
            rows.stream().skip(1).forEach(row -> names.add(row.get(2)));
            sizes.add(page.numberOfRecords());
            locator = page.locator();
        } while (!locator.equals("null"));

        assertEquals(List.of(10, 10, 5), sizes);
        assertEquals(25, names.size());
        assertEquals("Customer 1, Inc.", names.get(0));
        assertEquals("Customer 25, Inc.", names.get(24));
    }

    @Test
    void conditionsAndLimitSelectTheRecords() {
        loadAccounts(10);

        String us = query("SELECT ERP_Customer_Id__c FROM Account WHERE BillingCountry = 'us' AND ERP_Customer_Id__c != 'C-2'");
        String listed = query("SELECT Name FROM Account WHERE ERP_Customer_Id__c IN ('C-3', 'C-4', 'C-404') LIMIT 1");
        String none = query("SELECT Name FROM Account WHERE BillingState = null AND CreatedDate > 2999-01-01T00:00:00Z");

        assertEquals(List.of("C-4", "C-6", "C-8", "C-10"),
                rows(queries.results(us, null, null)).stream().skip(1).map(row -> row.get(0)).toList());
        assertEquals(1, queries.results(listed, null, null).numberOfRecords());
        assertEquals(0, queries.results(none, null, null).numberOfRecords());
        assertEquals("null", queries.results(none, null, null).locator());
    }

    @Test
    void parentFieldsAreReadThroughTheirRelationship() {
        loadAccounts(1);
        bulk.run("{'object':'Order','operation':'upsert','externalIdFieldName':'ERP_External_Id__c'}",
                "ERP_External_Id__c,Account.ERP_Customer_Id__c,EffectiveDate,CurrencyIsoCode\nSO-1,C-1,2024-02-29,USD\n");

        String jobId = query("SELECT ERP_External_Id__c, Account.ERP_Customer_Id__c, EffectiveDate FROM Order WHERE EffectiveDate >= 2024-01-01");

        assertEquals(List.of("SO-1", "C-1", "2024-02-29"), rows(queries.results(jobId, null, null)).get(1).toList());
    }

    @Test
    void anOrdersTotalAmountRollsUpItsLinesAsTheyComeChangeAndGo() {
        loadAccounts(1);
        bulk.run("{'object':'Order','operation':'upsert','externalIdFieldName':'ERP_External_Id__c'}",
                "ERP_External_Id__c,Account.ERP_Customer_Id__c,EffectiveDate,CurrencyIsoCode\nSO-1,C-1,2024-02-29,USD\n"
                        + "SO-2,C-1,2024-03-01,USD\n");
        bulk.run("{'object':'OrderItem','operation':'upsert','externalIdFieldName':'ERP_Line_Id__c'}",
                "ERP_Line_Id__c,Order.ERP_External_Id__c,ProductCode,Quantity,UnitPrice\n"
                        + "L-1,SO-1,WID-100,2,12.50\nL-2,SO-1,WID-200,1,27\n");
        bulk.run("{'object':'OrderItem','operation':'upsert','externalIdFieldName':'ERP_Line_Id__c'}",
                "ERP_Line_Id__c,Quantity,UnitPrice\nL-2,3,27\n");

        String jobId = query("SELECT ERP_External_Id__c, TotalAmount FROM Order WHERE CurrencyIsoCode = 'USD'");

        List<CSVRecord> rows = rows(queries.results(jobId, null, null));
        assertEquals(List.of("SO-1", "106.00"), rows.get(1).toList(), "2 × 12.50 + 3 × 27");
        assertEquals(List.of("SO-2", "0"), rows.get(2).toList(), "an order without lines totals 0");
    }

    @Test
    void resultsOfAJobThatHasNotCompletedAreRefused() {
        Executor never = command -> { };
        QueryJobService idle = new QueryJobService(bulk.org, never, Clock.systemUTC());
        String jobId = idle.create(BulkFixture.json("{'operation':'query','query':'SELECT Id FROM Account'}"), "62.0").id();

        SalesforceApiException refusal = assertThrows(SalesforceApiException.class, () -> idle.results(jobId, null, null));

        assertEquals(412, refusal.status());
        assertEquals("JOB_NOT_COMPLETE", refusal.errorCode());
        assertTrue(refusal.getMessage().endsWith("Current status: UPLOAD_COMPLETE"), refusal.getMessage());
        assertEquals("Aborted", BulkJobJson.query(idle.abort(jobId, BulkFixture.json("{'state':'Aborted'}")).info(), false)
                .getString("state"));
        assertEquals("INVALIDJOBSTATE", assertThrows(SalesforceApiException.class,
                () -> idle.abort(jobId, BulkFixture.json("{'state':'Aborted'}"))).errorCode());
    }

    @Test
    void queriesOutsideTheSupportedSubsetAreRefusedAsSalesforceRefusesThem() {
        assertEquals("MALFORMED_QUERY", refusal("SELECT Id FROM Account WHERE Name = 'a' OR Name = 'b'").errorCode());
        assertEquals("MALFORMED_QUERY", refusal("SELECT COUNT(Id) FROM Account").errorCode());
        assertEquals("MALFORMED_QUERY", refusal("SELECT Id FROM Account ORDER BY Name").errorCode());
        assertEquals("MALFORMED_QUERY", refusal("SELECT Id, (SELECT Id FROM Orders) FROM Account").errorCode());
        assertEquals("MALFORMED_QUERY", refusal("SELECT FROM Account").errorCode());
        assertEquals("INVALID_FIELD", refusal("SELECT Id, Colour__c FROM Account").errorCode());
        assertEquals("INVALID_TYPE", refusal("SELECT Id FROM Widget__c").errorCode());
        assertTrue(refusal("SELECT Id FROM Account LIMIT ten").getMessage().contains("unexpected token: ten"));
    }

    @Test
    void aLocatorThatNamesNoPageIsRefused() {
        loadAccounts(2);
        String jobId = query("SELECT Id FROM Account");

        assertEquals(400, assertThrows(SalesforceApiException.class, () -> queries.results(jobId, "bm9wZQ", 1)).status());
        assertEquals(1, queries.results(jobId, "MQ", 1).numberOfRecords());
    }
}
