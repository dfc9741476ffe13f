package org.o2cbridge.connector.salesforce;

import org.junit.jupiter.api.Test;
import org.o2cbridge.history.HistoricalOrder;
import org.o2cbridge.history.HistoricalOrderLine;
import org.o2cbridge.history.OrderHistoryTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalesforceHistoryGatewayTest {

    /** Takes the place of Salesforce: remembers each job's CSV and answers the failures it is given per job. */
    private static final class RecordingBulk extends SalesforceBulkIngest {
        final List<String> jobs = new ArrayList<>();
        final List<List<FailedRow>> failures = new ArrayList<>();

        @Override
        public Outcome upsert(String sObject, String externalIdField, String csv) {
            jobs.add(sObject + " by " + externalIdField + "\n" + csv);
            List<FailedRow> failed = failures.isEmpty() ? List.of() : failures.remove(0);
            return new Outcome("750" + jobs.size(), csv.lines().count() - 1, failed);
        }
    }

    private static HistoricalOrder order(String id, String customer, int lines) {
        List<HistoricalOrderLine> items = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            items.add(new HistoricalOrderLine(id + "0" + i, "HIST-000" + i, new BigDecimal(i), new BigDecimal("9.50")));
        }
        return new HistoricalOrder(id, "SO-" + id, customer, LocalDate.parse("2021-05-04"), "USD", "Billed",
                new BigDecimal("57.00"), "PO \"7\", rush", items);
    }

    private static SalesforceHistoryGateway gateway(RecordingBulk bulk) {
        SalesforceHistoryGateway gateway = new SalesforceHistoryGateway();
        gateway.bulk = bulk;
        return gateway;
    }

    @Test
    void ordersGoFirstThenTheirLinesEachAsOneUpsertJobOfCsv() {
        RecordingBulk bulk = new RecordingBulk();
        List<OrderHistoryTarget.Rejection> rejected = gateway(bulk).load(List.of(order("11", "801", 2), order("12", "802", 1)));
        assertEquals(List.of(), rejected);
        assertEquals(2, bulk.jobs.size());
        assertEquals("""
                Order by ERP_External_Id__c
                ERP_External_Id__c,Account.ERP_Customer_Id__c,EffectiveDate,Status,CurrencyIsoCode,PoNumber,ERP_Order_Number__c,ERP_Status__c,ERP_Sync_Status__c
                11,801,2021-05-04,Draft,USD,"PO ""7"", rush",SO-11,Billed,Synced
                12,802,2021-05-04,Draft,USD,"PO ""7"", rush",SO-12,Billed,Synced
                """, bulk.jobs.get(0));
        assertEquals("""
                OrderItem by ERP_Line_Id__c
                ERP_Line_Id__c,Order.ERP_External_Id__c,ProductCode,Quantity,UnitPrice
                1101,11,HIST-0001,1,9.50
                1102,11,HIST-0002,2,9.50
                1201,12,HIST-0001,1,9.50
                """, bulk.jobs.get(1));
    }

    @Test
    void aRefusedOrderIsRejectedWithSalesforcesErrorAndItsLinesAreNotSent() {
        RecordingBulk bulk = new RecordingBulk();
        String error = "INVALID_FIELD:Foreign key external ID: 802 not found for field ERP_Customer_Id__c in entity Account:--";
        bulk.failures.add(List.of(new SalesforceBulkIngest.FailedRow(Map.of("ERP_External_Id__c", "12"), error)));
        HistoricalOrder refused = order("12", "802", 3);
        List<OrderHistoryTarget.Rejection> rejected = gateway(bulk).load(List.of(order("11", "801", 1), refused));
        assertEquals(List.of(new OrderHistoryTarget.Rejection(refused, "order SO-12 (12)", error)), rejected);
        assertEquals(1, bulk.jobs.get(1).lines().filter(line -> line.endsWith(",9.50")).count(),
                "only the accepted order's line is sent: " + bulk.jobs.get(1));
    }

    @Test
    void linesSalesforceAlreadyHoldsAreSentAgainWithOnlyQuantityAndPrice() {
        RecordingBulk bulk = new RecordingBulk();
        bulk.failures.add(List.of());
        bulk.failures.add(List.of(
                new SalesforceBulkIngest.FailedRow(Map.of("ERP_Line_Id__c", "1101"),
                        "INVALID_FIELD_FOR_INSERT_UPDATE:Unable to create/update fields: OrderId.:OrderId --"),
                new SalesforceBulkIngest.FailedRow(Map.of("ERP_Line_Id__c", "1102"),
                        "FIELD_INTEGRITY_EXCEPTION:Quantity must be positive:Quantity --")));
        HistoricalOrder order = order("11", "801", 2);
        List<OrderHistoryTarget.Rejection> rejected = gateway(bulk).load(List.of(order));
        assertEquals(3, bulk.jobs.size());
        assertEquals("""
                OrderItem by ERP_Line_Id__c
                ERP_Line_Id__c,Quantity,UnitPrice
                1101,1,9.50
                """, bulk.jobs.get(2));
        assertEquals(List.of(new OrderHistoryTarget.Rejection(order, "line 1102 of order SO-11 (11)",
                "FIELD_INTEGRITY_EXCEPTION:Quantity must be positive:Quantity --")), rejected);
    }

    @Test
    void failedResultsAreReadWithTheirErrorAndOriginalColumns() {
        List<SalesforceBulkIngest.FailedRow> rows = SalesforceBulkIngest.failedRows("""
                "sf__Id","sf__Error","ERP_External_Id__c","PoNumber"
                "","INVALID_FIELD:Foreign key external ID: 9 not found:--","12","PO ""7"", rush"
                """);
        assertEquals(List.of(new SalesforceBulkIngest.FailedRow(Map.of("ERP_External_Id__c", "12", "PoNumber", "PO \"7\", rush"),
                "INVALID_FIELD:Foreign key external ID: 9 not found:--")), rows);
    }
}
