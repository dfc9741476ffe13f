package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.connector.RetryableCallException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class D365BillingGatewayTest {

    /** Two rows of {@code SalesInvoiceHeadersV2} as the v4 service answers them. */
    private static final String PAGE = """
            {"@odata.context":"https://env.operations.dynamics.com/data/$metadata#SalesInvoiceHeadersV2(dataAreaId,InvoiceNumber)",
             "@odata.count":2,"value":[
             {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nic=\\"","dataAreaId":"usmf","InvoiceNumber":"CIV-000101",
              "InvoiceDate":"2026-01-05T00:00:00Z","SalesOrderNumber":"000123","InvoiceCustomerAccountNumber":"US-001",
              "TotalInvoiceAmount":1190.5,"CurrencyCode":"USD"},
             {"@odata.etag":"W/\\"JzEsNTYzNzE0NDU3Nyc=\\"","dataAreaId":"usmf","InvoiceNumber":"CCN-000007",
              "InvoiceDate":"2026-01-06T00:00:00Z","SalesOrderNumber":"000123","InvoiceCustomerAccountNumber":"US-001",
              "TotalInvoiceAmount":-100,"CurrencyCode":"USD"}]}
            """;

    /** Two rows of {@code CustomerPaymentJournalLines}: a payment marking an invoice, and one on account. */
    private static final String PAYMENTS = """
            {"@odata.context":"https://env.operations.dynamics.com/data/$metadata#CustomerPaymentJournalLines",
             "@odata.count":2,"value":[
             {"dataAreaId":"usmf","JournalBatchNumber":"CPJ-000042","LineNumber":1,"AccountDisplayValue":"US-001",
              "CreditAmount":1190.5,"CurrencyCode":"USD","TransactionDate":"2026-01-07T00:00:00Z",
              "Voucher":"ARP-000311","PaymentReference":"REMIT-77","PaymentMethodName":"Check",
              "MarkedInvoice":"CIV-000101","MarkedInvoiceCompany":"usmf"},
             {"dataAreaId":"usmf","JournalBatchNumber":"CPJ-000042","LineNumber":2,"AccountDisplayValue":"US-002",
              "CreditAmount":25,"CurrencyCode":"USD","TransactionDate":"2026-01-07T00:00:00Z",
              "Voucher":"","PaymentReference":"","PaymentMethodName":"ELECTRONIC",
              "MarkedInvoice":"","MarkedInvoiceCompany":""}]}
            """;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theQueryReadsEveryCompanyFromTheWatermarksDayInAStableOrder() {
        String query = URLDecoder.decode(D365BillingGateway.query(Instant.parse("2026-03-04T05:06:07Z"), 1000, 500),
                StandardCharsets.UTF_8);

        assertTrue(query.startsWith("SalesInvoiceHeadersV2?cross-company=true&"), query);
        assertTrue(query.contains("$filter=InvoiceDate ge 2026-03-04T00:00:00Z"), query);
        assertTrue(query.contains("$orderby=InvoiceDate,dataAreaId,InvoiceNumber"), query);
        assertTrue(query.contains("$count=true&$top=500&$skip=1000"), query);
    }

    @Test
    void anInvoiceAndACreditNoteBecomeBillingDocumentsKeyedByCompany() {
        var rows = json(PAGE).getJsonArray("value");
        BillingDocument invoice = D365BillingGateway.document(rows.getJsonObject(0));
        assertEquals("usmf:CIV-000101", invoice.erpId());
        assertEquals(BillingDocument.Kind.INVOICE, invoice.kind());
        assertEquals("CIV-000101", invoice.number());
        assertEquals("usmf:000123", invoice.erpOrderId(), "as the order sync records D365's sales orders");
        assertEquals("usmf:US-001", invoice.erpCustomerId());
        assertEquals(new BigDecimal("1190.5"), invoice.amount());
        assertEquals("USD", invoice.currency());
        assertEquals(LocalDate.of(2026, 1, 5), invoice.date());
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), invoice.lastModified());
        assertNull(invoice.appliedToErpId());

        BillingDocument credit = D365BillingGateway.document(rows.getJsonObject(1));
        assertEquals(BillingDocument.Kind.CREDIT_MEMO, credit.kind());
        assertEquals(new BigDecimal("-100"), credit.amount());
    }

    @Test
    void aNextLinkIsFollowedUnderTheServiceRootOnly() {
        assertEquals("SalesInvoiceHeadersV2?$skip=1000", D365BillingGateway.relative(
                "https://env.operations.dynamics.com/data/SalesInvoiceHeadersV2?$skip=1000",
                "https://env.operations.dynamics.com/data/"));
        assertThrows(RetryableCallException.class, () -> D365BillingGateway.relative(
                "https://elsewhere.example/data/SalesInvoiceHeadersV2?$skip=1000", "https://env.operations.dynamics.com/data/"));
    }

    @Test
    void thePaymentQueryReadsPostedCreditLinesFromTheDayBeforeTheWatermarksDayInKeyOrder() {
        var open = java.util.List.of(json("{\"dataAreaId\":\"usmf\",\"JournalBatchNumber\":\"CPJ-9\"}"),
                json("{\"dataAreaId\":\"demf\",\"JournalBatchNumber\":\"O'1\"}"));
        String query = URLDecoder.decode(D365BillingGateway.paymentQuery(Instant.parse("2026-03-04T05:06:07Z"), open,
                8, 4), StandardCharsets.UTF_8);

        assertTrue(query.startsWith("CustomerPaymentJournalLines?cross-company=true&"), query);
        assertTrue(query.contains("$filter=TransactionDate ge 2026-03-03T00:00:00Z and CreditAmount gt 0"
                + " and (dataAreaId ne 'usmf' or JournalBatchNumber ne 'CPJ-9')"
                + " and (dataAreaId ne 'demf' or JournalBatchNumber ne 'O''1')&"), query);
        assertTrue(query.contains("$orderby=dataAreaId,JournalBatchNumber,LineNumber"), query);
        assertTrue(query.contains("$count=true&$top=4&$skip=8"), query);
        String journals = URLDecoder.decode(D365BillingGateway.openJournalsQuery(), StandardCharsets.UTF_8);
        assertTrue(journals.startsWith("CustomerPaymentJournalHeaders?cross-company=true&"
                + "$filter=IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'No'"), journals);
    }

    @Test
    void aPaymentLineBecomesAPaymentOfItsMarkedInvoice() {
        var rows = json(PAYMENTS).getJsonArray("value");
        BillingDocument paid = D365BillingGateway.payment(rows.getJsonObject(0));
        assertEquals("usmf:CPJ-000042/1", paid.erpId());
        assertEquals(BillingDocument.Kind.PAYMENT, paid.kind());
        assertEquals("ARP-000311", paid.number());
        assertEquals("usmf:CIV-000101", paid.appliedToErpId(), "the invoice's ERP_Invoice_Id__c");
        assertEquals("usmf:US-001", paid.erpCustomerId());
        assertEquals(new BigDecimal("1190.5"), paid.amount());
        assertEquals("USD", paid.currency());
        assertEquals("Check", paid.paymentMethod());
        assertEquals(LocalDate.of(2026, 1, 7), paid.date());
        assertEquals(Instant.parse("2026-01-07T00:00:00Z"), paid.lastModified());
        assertNull(paid.erpOrderId());

        BillingDocument onAccount = D365BillingGateway.payment(rows.getJsonObject(1));
        assertEquals("usmf:CPJ-000042/2", onAccount.erpId());
        assertEquals("CPJ-000042/2", onAccount.number(), "no voucher nor reference: its key");
        assertNull(onAccount.appliedToErpId(), "marks no invoice: a payment on account");
        assertEquals("usmf:US-002", onAccount.erpCustomerId(),
                "its customer, keyed as the customer cross-references key D365's customers");
    }
}
