package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingPage;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapBillingGatewayTest {

    /** A page of {@code A_BillingDocument} as the v2 service answers it, items expanded, the count inline. */
    private static final String PAGE = """
            {"d":{"__count":"3","results":[
             {"__metadata":{"id":"https://host/sap/opu/odata/sap/API_BILLING_DOCUMENT_SRV/A_BillingDocument('90000001')",
               "type":"API_BILLING_DOCUMENT_SRV.A_BillingDocumentType"},
              "BillingDocument":"90000001","BillingDocumentType":"F2","SoldToParty":"17100001",
              "TotalGrossAmount":"1190.00","TransactionCurrency":"EUR","BillingDocumentDate":"/Date(1767225600000)/",
              "BillingDocumentIsCancelled":false,"InvoiceClearingStatus":"B",
              "LastChangeDateTime":"/Date(1767261600123+0000)/",
              "to_Item":{"results":[
                {"__metadata":{"type":"API_BILLING_DOCUMENT_SRV.A_BillingDocumentItemType"},
                 "SalesDocument":"","ReferenceSDDocument":"80000007"},
                {"SalesDocument":"4000012","ReferenceSDDocument":"80000007"}]}},
             {"BillingDocument":"90000002","BillingDocumentType":"G2","SoldToParty":"17100001",
              "TotalGrossAmount":"119.00","TransactionCurrency":"EUR","BillingDocumentDate":"/Date(1767312000000)/",
              "BillingDocumentIsCancelled":false,"InvoiceClearingStatus":"",
              "LastChangeDateTime":"/Date(1767348000000+0000)/",
              "to_Item":{"results":[{"SalesDocument":"4000012","ReferenceSDDocument":"4000012"}]}}]}}
            """;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theQueryAsksForInvoicesAndCreditMemosChangedAfterTheWatermarkInAStableOrder() {
        String query = URLDecoder.decode(SapBillingGateway.query(Instant.parse("2026-03-04T05:06:07Z"), 400, 200),
                StandardCharsets.UTF_8);

        assertTrue(query.startsWith("A_BillingDocument?"), query);
        assertTrue(query.contains("$filter=LastChangeDateTime gt datetimeoffset'2026-03-04T05:06:07.0000000Z' and "
                + "(BillingDocumentType eq 'F2' or BillingDocumentType eq 'G2')"), query);
        assertTrue(query.contains("$orderby=LastChangeDateTime,BillingDocument"), query);
        assertTrue(query.contains("$expand=to_Item"), query);
        assertTrue(query.contains("to_Item/SalesDocument"), query);
        assertTrue(query.contains("$inlinecount=allpages&$top=200&$skip=400"), query);
    }

    @Test
    void aPageBecomesBillingDocumentsLinkedToTheirSalesOrders() {
        BillingPage page = SapBillingGateway.page(json(PAGE), 0, 2);

        assertEquals(3, page.total());
        assertTrue(page.hasMore(), "two of three read");
        BillingDocument invoice = page.documents().get(0);
        assertEquals("90000001", invoice.erpId());
        assertEquals(BillingDocument.Kind.INVOICE, invoice.kind());
        assertEquals("90000001", invoice.number());
        assertEquals("4000012", invoice.erpOrderId(), "the first item that names a sales order");
        assertEquals("17100001", invoice.erpCustomerId());
        assertNull(invoice.appliedToErpId());
        assertEquals(new BigDecimal("1190.00"), invoice.amount());
        assertEquals("EUR", invoice.currency());
        assertEquals(LocalDate.of(2026, 1, 1), invoice.date());
        assertEquals("Partially Paid", invoice.status());
        assertEquals(Instant.parse("2026-01-01T10:00:00.123Z"), invoice.lastModified());

        BillingDocument credit = page.documents().get(1);
        assertEquals(BillingDocument.Kind.CREDIT_MEMO, credit.kind());
        assertEquals(new BigDecimal("-119.00"), credit.amount(), "a credit memo's amount is negative");
        assertEquals("Open", credit.status());
        assertEquals("4000012", credit.erpOrderId());
    }

    @Test
    void theLastPageSaysNoMoreFollow() {
        BillingPage last = SapBillingGateway.page(json(PAGE), 1, 2);
        assertFalse(last.hasMore());
        BillingPage empty = SapBillingGateway.page(json("{\"d\":{\"__count\":\"0\",\"results\":[]}}"), 0, 2);
        assertFalse(empty.hasMore());
        assertTrue(empty.documents().isEmpty());
    }

    @Test
    void aClearedOrCancelledDocumentSaysSo() {
        assertEquals("Paid In Full", SapBillingGateway.status(json("{\"InvoiceClearingStatus\":\"C\"}")));
        assertEquals("Cancelled", SapBillingGateway.status(json(
                "{\"InvoiceClearingStatus\":\"C\",\"BillingDocumentIsCancelled\":true}")));
    }

    @Test
    void aBillingTypeOtherThanInvoiceOrCreditMemoIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SapBillingGateway.document(
                json("{\"BillingDocument\":\"1\",\"BillingDocumentType\":\"L2\"}")));
        assertTrue(refused.getMessage().contains("L2"), refused.getMessage());
    }

    /** A page of {@code A_OperationalAcctgDocItemCube} (API_OPLACCTGDOCITEMCUBE_SRV, v2): a full and a partial payment. */
    private static final String PAYMENTS = """
            {"d":{"__count":"3","results":[
             {"__metadata":{"type":"API_OPLACCTGDOCITEMCUBE_SRV.A_OperationalAcctgDocItemCubeType"},
              "CompanyCode":"1010","FiscalYear":"2026","AccountingDocument":"1400000123","AccountingDocumentItem":"1",
              "AccountingDocumentType":"DZ","Customer":"17100001","InvoiceReference":"90000001",
              "AmountInTransactionCurrency":"-1190.00","TransactionCurrency":"EUR",
              "PostingDate":"/Date(1767312000000)/","AccountingDocumentCreationDate":"/Date(1767312000000)/",
              "LastChangeDate":null},
             {"CompanyCode":"1010","FiscalYear":"2026","AccountingDocument":"1400000124","AccountingDocumentItem":"2",
              "AccountingDocumentType":"DZ","Customer":"17100002","InvoiceReference":"",
              "AmountInTransactionCurrency":"-50.00","TransactionCurrency":"USD",
              "PostingDate":"/Date(1767312000000)/","AccountingDocumentCreationDate":"/Date(1767312000000)/",
              "LastChangeDate":"/Date(1767398400000)/"}]}}
            """;

    @Test
    void aPaymentIsTheCustomerItemOfAPaymentEntryNamingItsInvoice() {
        BillingPage page = SapBillingGateway.paymentPage(json(PAYMENTS), 0, 2);

        assertEquals(2, page.documents().size());
        assertTrue(page.hasMore(), "2 of 3 read");
        assertEquals(3, page.total());
        BillingDocument full = page.documents().get(0);
        assertEquals("1010/2026/1400000123/1", full.erpId());
        assertEquals(BillingDocument.Kind.PAYMENT, full.kind());
        assertEquals("1400000123", full.number());
        assertEquals("90000001", full.appliedToErpId(), "the invoice's billing document, its ERP_Invoice_Id__c");
        assertEquals("17100001", full.erpCustomerId());
        assertNull(full.erpOrderId());
        assertEquals(new BigDecimal("1190.00"), full.amount(), "SAP credits the customer; Salesforce keeps it positive");
        assertEquals("EUR", full.currency());
        assertEquals(LocalDate.of(2026, 1, 2), full.date());
        assertEquals(Instant.parse("2026-01-02T00:00:00Z"), full.lastModified(), "never changed: its creation day");
        BillingDocument onAccount = page.documents().get(1);
        assertNull(onAccount.appliedToErpId(), "a payment naming no invoice links to none: on account");
        assertEquals("17100002", onAccount.erpCustomerId(), "its customer, whose Account it carries");
        assertEquals(Instant.parse("2026-01-03T00:00:00Z"), onAccount.lastModified(), "changed after it was made");
        assertThrows(IllegalStateException.class, () -> SapBillingGateway.payment(json("""
                {"CompanyCode":"1010","FiscalYear":"2026","AccountingDocument":"90000001","AccountingDocumentItem":"1",
                 "AccountingDocumentType":"RV"}""")));
    }

    @Test
    void thePaymentQueryReadsTheDayBeforeTheWatermarksDayOnInKeyOrder() {
        String query = URLDecoder.decode(SapBillingGateway.paymentQuery(Instant.parse("2026-03-05T10:15:30Z"), 40, 20),
                StandardCharsets.UTF_8);

        assertTrue(query.startsWith("A_OperationalAcctgDocItemCube?"), query);
        assertTrue(query.contains("$filter=AccountingDocumentType eq 'DZ' and FinancialAccountType eq 'D' and "
                + "(AccountingDocumentCreationDate ge datetime'2026-03-04T00:00:00' or "
                + "LastChangeDate ge datetime'2026-03-04T00:00:00')"), query);
        assertTrue(query.contains("$orderby=CompanyCode,FiscalYear,AccountingDocument,AccountingDocumentItem"), query);
        assertTrue(query.contains("$inlinecount=allpages"), query);
        assertTrue(query.contains("$top=20&$skip=40"), query);
    }
}
