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
}
