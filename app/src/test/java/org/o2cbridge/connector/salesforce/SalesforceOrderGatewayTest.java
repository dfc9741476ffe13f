package org.o2cbridge.connector.salesforce;

import org.junit.jupiter.api.Test;
import org.o2cbridge.reconciliation.OrderPage;
import org.o2cbridge.reconciliation.SalesforceOrder;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page of the activated Orders' CSV, read as the reconciliation takes it. */
class SalesforceOrderGatewayTest {

    @Test
    void readsEachOrderWithEmptyCellsAsNothingAndATotalWhereTheQueryHasOne() {
        String csv = "\"Id\",\"OrderNumber\",\"AccountId\",\"Status\",\"ERP_Order_Number__c\",\"ERP_Sync_Status__c\","
                + "\"Legal_Entity__c\"\n"
                + "\"801000000000001AAA\",\"00000101\",\"001000000000001AAA\",\"Activated\",\"SO1001\",\"Synced\",\"DE01\"\n"
                + "\"801000000000002AAA\",\"00000102\",\"001000000000001AAA\",\"Activated\",\"\",\"Pending\",\"\"\n";
        try (OrderPage page = SalesforceOrderGateway.page(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "LOC2")) {
            SalesforceOrder first = page.next();
            assertEquals(new SalesforceOrder("801000000000001AAA", "00000101", "001000000000001AAA", "Activated", "SO1001",
                    "Synced", null, "DE01"), first);
            SalesforceOrder second = page.next();
            assertNull(second.erpOrderNumber());
            assertNull(second.legalEntity());
            assertFalse(page.hasNext());
            assertEquals("LOC2", page.nextLocator());
        }
        String withTotal = "Id,OrderNumber,TotalAmount\n801000000000003AAA,00000103,125.50\n";
        try (OrderPage page = SalesforceOrderGateway.page(
                new ByteArrayInputStream(withTotal.getBytes(StandardCharsets.UTF_8)), null)) {
            assertEquals(new BigDecimal("125.50"), page.next().total());
        }
        assertTrue(SalesforceOrderGateway.SOQL.endsWith(", Legal_Entity__c, TotalAmount FROM Order WHERE Status = 'Activated'"));
    }
}
