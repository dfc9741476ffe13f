package org.o2cbridge.connector.netsuite;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.BillingDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetSuiteBillingGatewayTest {

    @Test
    void theQueryAsksForChangesAfterTheWatermarkInAStableOrder() {
        String query = NetSuiteBillingGateway.query(Instant.parse("2026-03-04T05:06:07Z"));

        assertTrue(query.contains("lastmodifieddate > TO_TIMESTAMP('2026-03-04 05:06:07', 'YYYY-MM-DD HH24:MI:SS')"), query);
        assertTrue(query.contains("type IN ('CustInvc', 'CustPymt', 'CustCred')"), query);
        assertTrue(query.endsWith("ORDER BY lastmodifieddate, id"), query);
    }

    @Test
    void aRowBecomesABillingDocument() {
        BillingDocument payment = NetSuiteBillingGateway.document(Json.createObjectBuilder().add("id", "77")
                .add("type", "CustPymt").add("tranid", "PMT7").add("entity", "900").add("appliedtotransaction", "76")
                .add("foreigntotal", "99.95").add("currency", "USD").add("trandate", "2026-01-02")
                .add("status", "Deposited").add("paymentmethod", "ACH").add("lastmodifieddate", "2026-01-02T10:00:00Z")
                .build());

        assertEquals(BillingDocument.Kind.PAYMENT, payment.kind());
        assertEquals("76", payment.appliedToErpId());
        assertEquals(new BigDecimal("99.95"), payment.amount());
        assertNull(payment.amountRemaining());
        assertEquals(LocalDate.of(2026, 1, 2), payment.date());
        assertEquals(Instant.parse("2026-01-02T10:00:00Z"), payment.lastModified());
    }
}
