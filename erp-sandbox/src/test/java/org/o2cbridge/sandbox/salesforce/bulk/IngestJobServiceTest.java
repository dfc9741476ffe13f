package org.o2cbridge.sandbox.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;

class IngestJobServiceTest {

    private static final String ACCOUNTS = "{'object':'Account','operation':'upsert','externalIdFieldName':'ERP_Customer_Id__c'}";
    private static final String ORDERS = "{'object':'Order','operation':'upsert','externalIdFieldName':'ERP_External_Id__c',"
            + "'contentType':'CSV','lineEnding':'LF','columnDelimiter':'COMMA'}";
    private static final String LINES = "{'object':'OrderItem','operation':'upsert','externalIdFieldName':'ERP_Line_Id__c'}";

    private final BulkFixture bulk = new BulkFixture();

    @AfterEach
    void stop() {
        bulk.close();
    }

    private void loadAccounts() {
        bulk.run(ACCOUNTS, "ERP_Customer_Id__c,Name\nC-1,Acme\nC-2,Globex\n");
    }

    private static final String TWO_ORDERS = "ERP_External_Id__c,Account.ERP_Customer_Id__c,EffectiveDate,CurrencyIsoCode,PoNumber\n"
            + "SO-1,C-1,2024-03-01,USD,PO-1\n"
            + "SO-2,c-2,2024-03-02,EUR,\"PO-2, rush\"\n";

    private SalesforceApiException refusal(Runnable call) {
        return assertThrows(SalesforceApiException.class, call::run);
    }

    @Test
    void aJobGoesFromOpenThroughUploadCompleteToJobCompleteAndCountsWhatItProcessed() {
        String jobId = bulk.createJob("{'object':'Account','operation':'insert'}");
        assertEquals("Open", bulk.info(jobId).getString("state"));
        assertTrue(BulkJobJson.ingest(bulk.ingest.get(jobId).info(), false).getString("contentUrl")
                .endsWith("/jobs/ingest/" + jobId + "/batches"));

        bulk.upload(jobId, "Name,BillingCity\nAcme,Oakland\n\"Widgets-R-Us, Inc.\",\"San\nFrancisco\"\n");
        JsonObject closed = BulkJobJson.ingest(bulk.ingest.changeState(jobId, BulkFixture.json("{'state':'UploadComplete'}")), false);
        JsonObject done = bulk.awaitFinished(jobId);

        assertEquals("UploadComplete", closed.getString("state"));
        assertEquals("JobComplete", done.getString("state"));
        assertEquals("V2Ingest", done.getString("jobType"));
        assertEquals(2, done.getInt("numberRecordsProcessed"));
        assertEquals(0, done.getInt("numberRecordsFailed"));
        assertEquals(new BigDecimal("62.0"), done.getJsonNumber("apiVersion").bigDecimalValue());
        List<CSVRecord> results = bulk.successful(jobId);
        assertEquals(List.of("sf__Id", "sf__Created", "Name", "BillingCity"), results.get(0).toList());
        assertEquals("true", results.get(2).get(1));
        SObjectRecord second = bulk.org.find(SObjectType.ACCOUNT, results.get(2).get(0)).orElseThrow();
        assertEquals("Widgets-R-Us, Inc.", second.text("Name"));
        assertEquals("San\nFrancisco", second.text("BillingCity"));
        assertEquals(2, bulk.org.count(SObjectType.ACCOUNT));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumnsName() {
        String jobId = bulk.run("{'object':'Account','operation':'insert'}", "\uFEFFName,BillingCity\nAcme,Oakland\n");

        assertEquals("JobComplete", bulk.info(jobId).getString("state"));
        assertEquals(1, bulk.org.count(SObjectType.ACCOUNT));
    }

    @Test
    void aResetForgetsEveryJobAndAClosedJobWaitingToRunNeverWrites() {
        List<Runnable> queued = new ArrayList<>();
        IngestJobService held = new IngestJobService(bulk.org, bulk.records, queued::add, 1_000_000, Clock.systemUTC());
        String jobId = held.create(BulkFixture.json("{'object':'Account','operation':'insert'}"), "62.0", BulkFixture.ORIGIN).id();
        held.upload(jobId, "text/csv", new ByteArrayInputStream("Name\nAcme\n".getBytes(StandardCharsets.UTF_8)));
        held.changeState(jobId, BulkFixture.json("{'state':'UploadComplete'}"));
        IngestJob job = held.get(jobId);

        held.clear();
        queued.forEach(Runnable::run);

        assertEquals(JobState.Aborted, job.state());
        assertEquals(0, bulk.org.count(SObjectType.ACCOUNT));
        assertEquals(404, refusal(() -> held.get(jobId)).status());
    }

    @Test
    void resultFilesQuoteEveryValueAndWriteTheJobsLineEnding() {
        String jobId = bulk.run("{'object':'Account','operation':'insert','lineEnding':'CRLF','columnDelimiter':'PIPE'}",
                "Name|BillingCity\r\n\"A|B\"|Oakland\r\n");

        String text = bulk.text(out -> bulk.ingest.writeSuccessful(jobId, out));
        assertTrue(text.startsWith("\"sf__Id\"|\"sf__Created\"|\"Name\"|\"BillingCity\"\r\n\"001"), text);
        assertTrue(text.endsWith("\"|\"true\"|\"A|B\"|\"Oakland\"\r\n"), text);
    }

    @Test
    void upsertingTheSameCsvAgainUpdatesEveryRecordAndCreatesNone() {
        loadAccounts();
        String first = bulk.run(ORDERS, TWO_ORDERS);
        String second = bulk.run(ORDERS, TWO_ORDERS.replace("PO-1", "PO-1-AMENDED"));

        assertEquals(List.of("true", "true"), bulk.successful(first).stream().skip(1).map(row -> row.get(1)).toList());
        assertEquals(List.of("false", "false"), bulk.successful(second).stream().skip(1).map(row -> row.get(1)).toList());
        assertEquals(bulk.successful(first).get(1).get(0), bulk.successful(second).get(1).get(0));
        assertEquals(2, bulk.org.count(SObjectType.ORDER));
        SObjectRecord order = bulk.org.findByExternalId(SObjectType.ORDER, "ERP_External_Id__c", "so-1").orElseThrow();
        assertEquals("PO-1-AMENDED", order.text("PoNumber"));
        assertEquals(bulk.org.findByExternalId(SObjectType.ACCOUNT, "ERP_Customer_Id__c", "C-1").orElseThrow().id(),
                order.text("AccountId"));
        assertEquals(LocalDate.parse("2024-03-01"), order.date("EffectiveDate"));
        assertEquals("Draft", order.text("Status"));
    }

    @Test
    void linesFindTheirOrderByTheOrdersExternalIdAndAnUnknownOrderFailsTheLine() {
        loadAccounts();
        bulk.run(ORDERS, TWO_ORDERS);

        String jobId = bulk.run(LINES, "ERP_Line_Id__c,Order.ERP_External_Id__c,ProductCode,Quantity,UnitPrice\n"
                + "SO-1-1,SO-1,WID-100,10,12.50\n"
                + "SO-9-1,SO-9,WID-100,1,12.50\n");

        JsonObject info = bulk.info(jobId);
        assertEquals("JobComplete", info.getString("state"));
        assertEquals(2, info.getInt("numberRecordsProcessed"));
        assertEquals(1, info.getInt("numberRecordsFailed"));
        List<CSVRecord> failed = bulk.failed(jobId);
        assertEquals(List.of("sf__Id", "sf__Error", "ERP_Line_Id__c", "Order.ERP_External_Id__c", "ProductCode", "Quantity",
                "UnitPrice"), failed.get(0).toList());
        assertEquals(List.of("", "INVALID_FIELD:Foreign key external ID: SO-9 not found for field ERP_External_Id__c in entity Order:--",
                "SO-9-1", "SO-9", "WID-100", "1", "12.50"), failed.get(1).toList());
        String orderId = bulk.org.findByExternalId(SObjectType.ORDER, "ERP_External_Id__c", "SO-1").orElseThrow().id();
        assertEquals(List.of(orderId), bulk.org.orderItems(orderId).stream().map(line -> line.text("OrderId")).toList());
        assertEquals(new BigDecimal("12.50"), bulk.org.orderItems(orderId).get(0).number("UnitPrice"));
    }

    @Test
    void rowsFailOnTheirOwnWithSalesforcesErrorText() {
        loadAccounts();
        String jobId = bulk.run(ACCOUNTS, "ERP_Customer_Id__c,Name,BillingCountry\n"
                + "C-3,,US\n"
                + "C-4,Initech,US\n"
                + "C-5,First,US\n"
                + "c-5,Second,US\n"
                + ",Nobody,US\n");

        assertEquals(4, bulk.info(jobId).getInt("numberRecordsFailed"));
        List<String> errors = bulk.failed(jobId).stream().skip(1).map(row -> row.get(1)).toList();
        assertEquals(List.of("REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --",
                "DUPLICATE_EXTERNAL_ID:Duplicate external id specified: C-5:ERP_Customer_Id__c --",
                "DUPLICATE_EXTERNAL_ID:Duplicate external id specified: c-5:ERP_Customer_Id__c --",
                "MISSING_ARGUMENT:ERP_Customer_Id__c not specified:--"), errors);
        assertEquals(List.of("C-4"), bulk.successful(jobId).stream().skip(1).map(row -> row.get(2)).toList());
        assertEquals(3, bulk.org.count(SObjectType.ACCOUNT));
    }

    @Test
    void valuesAreCheckedByTheRestRulesAndHashNaSetsAFieldToNull() {
        loadAccounts();
        bulk.run(ORDERS, TWO_ORDERS);
        String jobId = bulk.run(ORDERS, "ERP_External_Id__c,PoNumber,ERP_Sync_Status__c,EffectiveDate\n"
                + "SO-1,#N/A,Done,\n"
                + "SO-2,#N/A,,not-a-date\n");

        List<String> errors = bulk.failed(jobId).stream().skip(1).map(row -> row.get(1)).toList();
        assertTrue(errors.get(0).startsWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:ERP_Sync_Status__c: bad value"), errors.get(0));
        assertTrue(errors.get(1).startsWith("JSON_PARSER_ERROR:"), errors.get(1));
        String noDateJob = bulk.run(ORDERS, "ERP_External_Id__c,PoNumber,EffectiveDate\nSO-2,#N/A,\n");
        assertEquals(0, bulk.info(noDateJob).getInt("numberRecordsFailed"));
        SObjectRecord order = bulk.org.findByExternalId(SObjectType.ORDER, "ERP_External_Id__c", "SO-2").orElseThrow();
        assertNull(order.text("PoNumber"));
        assertEquals(LocalDate.parse("2024-03-02"), order.date("EffectiveDate"), "an empty cell leaves the field alone");
    }

    @Test
    void anUnknownColumnFailsTheWholeJobAndLeavesEveryRowUnprocessed() {
        String jobId = bulk.run(ACCOUNTS, "ERP_Customer_Id__c,Name,Colour__c\nC-1,Acme,red\nC-2,Globex,blue\n");

        JsonObject info = bulk.info(jobId);
        assertEquals("Failed", info.getString("state"));
        assertEquals("InvalidBatch : Field name not found : Colour__c", info.getString("errorMessage"));
        assertEquals(0, info.getInt("numberRecordsProcessed"));
        List<CSVRecord> unprocessed = bulk.unprocessed(jobId);
        assertEquals(List.of("ERP_Customer_Id__c", "Name", "Colour__c"), unprocessed.get(0).toList());
        assertEquals(3, unprocessed.size());
        assertEquals(0, bulk.org.count(SObjectType.ACCOUNT));
    }

    @Test
    void updateAndDeleteFindRecordsByIdAndReportTheIdOfARowThatFailed() {
        loadAccounts();
        String acme = bulk.org.findByExternalId(SObjectType.ACCOUNT, "ERP_Customer_Id__c", "C-1").orElseThrow().id();
        String globex = bulk.org.findByExternalId(SObjectType.ACCOUNT, "ERP_Customer_Id__c", "C-2").orElseThrow().id();

        String update = bulk.run("{'object':'Account','operation':'update'}", "Id,BillingCity\n" + acme + ",Oakland\n"
                + globex + ",\"" + "x".repeat(41) + "\"\n");
        String delete = bulk.run("{'object':'Account','operation':'delete'}", "Id\n" + globex + "\n" + globex + "\n");

        assertEquals("Oakland", bulk.org.find(SObjectType.ACCOUNT, acme).orElseThrow().text("BillingCity"));
        assertEquals(globex, bulk.failed(update).get(1).get(0));
        assertTrue(bulk.failed(update).get(1).get(1).startsWith("STRING_TOO_LONG:BillingCity: data value too large"));
        assertEquals(List.of(globex, "false"), bulk.successful(delete).get(1).toList().subList(0, 2));
        assertEquals(List.of(globex, "ENTITY_IS_DELETED:entity is deleted:--"), bulk.failed(delete).get(1).toList().subList(0, 2));
        assertEquals(1, bulk.org.count(SObjectType.ACCOUNT));
    }

    @Test
    void illegalMovesAreRefusedWithTheJobStateErrors() {
        String jobId = bulk.run("{'object':'Account','operation':'insert'}", "Name\nAcme\n");

        assertEquals("INVALIDJOBSTATE", refusal(() -> bulk.upload(jobId, "Name\nLate\n")).errorCode());
        assertEquals("INVALIDJOBSTATE", refusal(() -> bulk.close(jobId)).errorCode());
        SalesforceApiException abort = refusal(() -> bulk.ingest.changeState(jobId, BulkFixture.json("{'state':'Aborted'}")));
        assertEquals("Aborting already Completed Job not allowed", abort.getMessage());
        assertEquals(400, abort.status());
        String open = bulk.createJob("{'object':'Account','operation':'insert'}");
        assertEquals("INVALIDJOBSTATE", refusal(() -> bulk.ingest.delete(open)).errorCode());
        assertEquals("INVALIDJOBSTATE", refusal(() -> bulk.ingest.changeState(open, BulkFixture.json("{'state':'JobComplete'}"))).errorCode());
        assertEquals(404, refusal(() -> bulk.ingest.get("750Sb0000000000AAA")).status());

        bulk.ingest.delete(jobId);
        assertEquals("NOT_FOUND", refusal(() -> bulk.ingest.get(jobId)).errorCode());
    }

    @Test
    void aSecondUploadToOneJobMakesClosingItFail() {
        String jobId = bulk.createJob("{'object':'Account','operation':'insert'}");
        bulk.upload(jobId, "Name\nAcme\n");
        bulk.upload(jobId, "Name\nGlobex\n");

        SalesforceApiException refusal = refusal(() -> bulk.close(jobId));

        assertEquals("INVALIDJOB", refusal.errorCode());
        assertTrue(refusal.getMessage().startsWith("Found multipe contents for job: <" + jobId + ">"));
        assertEquals("Open", bulk.info(jobId).getString("state"));
    }

    @Test
    void anAbortedJobIsNeverProcessedAndKeepsItsRowsUnprocessed() {
        String jobId = bulk.createJob("{'object':'Account','operation':'insert'}");
        bulk.upload(jobId, "Name\nAcme\nGlobex\n");

        JsonObject aborted = BulkJobJson.ingest(bulk.ingest.changeState(jobId, BulkFixture.json("{'state':'Aborted'}")), false);

        assertEquals("Aborted", aborted.getString("state"));
        assertEquals(3, bulk.unprocessed(jobId).size());
        assertEquals(0, bulk.org.count(SObjectType.ACCOUNT));
        bulk.ingest.delete(jobId);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesTheJobEmptyAndOpen() {
        try (BulkFixture small = new BulkFixture(1_000)) {
            String jobId = small.createJob("{'object':'Account','operation':'insert'}");
            StringBuilder csv = new StringBuilder("Name\n");
            while (csv.length() <= 1_000) {
                csv.append("Account number ").append(csv.length()).append('\n');
            }

            SalesforceApiException refusal = refusal(() -> small.upload(jobId, csv.toString()));

            assertEquals(413, refusal.status());
            assertEquals(0, small.ingest.get(jobId).rowsHeld());
            small.upload(jobId, "Name\nAcme\n");
            small.close(jobId);
            assertEquals("JobComplete", small.awaitFinished(jobId).getString("state"));
        }
    }

    @Test
    void malformedCsvAndOtherMediaTypesAreRefusedOnUpload() {
        String jobId = bulk.createJob("{'object':'Account','operation':'insert'}");

        assertEquals("API_ERROR", refusal(() -> bulk.upload(jobId, "Name,BillingCity\nAcme\n")).errorCode());
        assertEquals("API_ERROR", refusal(() -> bulk.upload(jobId, "Name\n\"Acme\n")).errorCode());
        assertEquals(415, refusal(() -> bulk.ingest.upload(jobId, "application/json",
                new ByteArrayInputStream(new byte[0]))).status());
        assertEquals(0, bulk.ingest.get(jobId).rowsHeld());
    }

    @Test
    void aJobThatCannotBeMadeIsRefusedWhenCreated() {
        assertEquals("INVALIDENTITY", refusal(() -> bulk.createJob("{'object':'Widget__c','operation':'insert'}")).errorCode());
        assertEquals("INVALIDJOB", refusal(() -> bulk.createJob("{'object':'Account','operation':'hardDelete'}")).errorCode());
        assertEquals("External ID was blank for Order. An External ID must be specified for upsert.",
                refusal(() -> bulk.createJob("{'object':'Order','operation':'upsert'}")).getMessage());
        assertEquals("INVALIDJOB", refusal(() -> bulk.createJob(
                "{'object':'Order','operation':'upsert','externalIdFieldName':'PoNumber'}")).errorCode());
        assertEquals("INVALIDJOB", refusal(() -> bulk.createJob(
                "{'object':'Account','operation':'insert','columnDelimiter':'SPACE'}")).errorCode());
        assertFalse(bulk.createJob("{'object':'invoice__c','operation':'upsert','externalIdFieldName':'erp_invoice_id__c'}").isEmpty());
    }

    @Test
    void invoicesAndPaymentsLoadWithTheirParentsByExternalId() {
        loadAccounts();
        bulk.run("{'object':'Invoice__c','operation':'upsert','externalIdFieldName':'ERP_Invoice_Id__c'}",
                "ERP_Invoice_Id__c,Name,Account__r.ERP_Customer_Id__c,Amount__c,Status__c\nINV-1,INV-1,C-1,100.00,Open\n");
        String payments = bulk.run("{'object':'Payment__c','operation':'upsert','externalIdFieldName':'ERP_Payment_Id__c'}",
                "ERP_Payment_Id__c,Name,Invoice__r.ERP_Invoice_Id__c,Account__r.ERP_Customer_Id__c,Amount__c,Payment_Method__c\n"
                        + "PAY-1,PAY-1,INV-1,C-1,40,Wire\nPAY-2,PAY-2,,C-2,40,Wire\nPAY-3,PAY-3,,C-9,40,Wire\n");

        SObjectRecord invoice = bulk.org.findByExternalId(SObjectType.INVOICE, "ERP_Invoice_Id__c", "INV-1").orElseThrow();
        SObjectRecord payment = bulk.org.findByExternalId(SObjectType.PAYMENT, "ERP_Payment_Id__c", "PAY-1").orElseThrow();
        assertEquals(invoice.id(), payment.text("Invoice__c"));
        assertEquals(1, bulk.org.count(SObjectType.INVOICE));
        SObjectRecord onAccount = bulk.org.findByExternalId(SObjectType.PAYMENT, "ERP_Payment_Id__c", "PAY-2").orElseThrow();
        assertEquals(null, onAccount.value("Invoice__c"), "a payment on account");
        assertEquals(bulk.org.findByExternalId(SObjectType.ACCOUNT, "ERP_Customer_Id__c", "C-2").orElseThrow().id(),
                onAccount.text("Account__c"));
        assertEquals(2, bulk.org.count(SObjectType.PAYMENT));
        assertEquals(2, bulk.failed(payments).size(), "one failed row: " + bulk.failed(payments));
        assertTrue(bulk.failed(payments).get(1).get(1).startsWith("INVALID_FIELD:Foreign key external ID: C-9"),
                bulk.failed(payments).get(1).get(1));
    }
}
