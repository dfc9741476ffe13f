package org.o2cbridge.sandbox.netsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;
import org.o2cbridge.sandbox.netsuite.history.OrderHistory;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

class NetSuiteHistoryControlResourceTest {

    private final NetSuiteHistoryControlResource resource = new NetSuiteHistoryControlResource();
    private final SalesforceOrg org = new SalesforceOrg();

    NetSuiteHistoryControlResourceTest() {
        resource.history = new OrderHistory();
        resource.org = org;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aPlanCreatesAnAccountPerCustomerButTheLastOnesAndTwiceCreatesNothingMore() {
        JsonObject summary = resource.plan(json("{'seed':3,'orders':20,'linesPerOrder':2,'customers':5,'customersWithoutAccount':2}"));

        assertEquals(json("{'orders':20,'lines':40,'customers':5,'accounts':3,'firstId':'900000001','lastId':'900000020',"
                + "'from':'2020-01-01','to':'2025-01-01','seed':3,'linesPerOrder':2,'customersWithoutAccount':2}"), summary);
        assertEquals(3, org.count(SObjectType.ACCOUNT));
        assertEquals("History Customer 1", org.findByExternalId(SObjectType.ACCOUNT, "ERP_Customer_Id__c", "800000001")
                .orElseThrow().text("Name"));
        assertTrue(org.findByExternalId(SObjectType.ACCOUNT, "ERP_Customer_Id__c", "800000004").isEmpty());

        resource.plan(json("{'seed':3,'orders':20,'linesPerOrder':2,'customers':5,'customersWithoutAccount':2}"));
        assertEquals(3, org.count(SObjectType.ACCOUNT));
        assertEquals(summary, resource.summary());
    }

    @Test
    void defaultsApplyToEveryFieldLeftOut() {
        assertEquals(json("{'orders':1000,'lines':3000,'customers':50,'accounts':50,'firstId':'900000001','lastId':'900001000',"
                + "'from':'2020-01-01','to':'2025-01-01','seed':7,'linesPerOrder':3,'customersWithoutAccount':0}"),
                resource.plan(null));
    }

    @Test
    void anOrderComesWithItsLinesAndPositiveQuantities() {
        resource.plan(json("{'orders':10}"));
        HistoryOrder order = resource.history.order(4);

        JsonObject answer = resource.order("900000005");

        assertEquals(order.tranId(), answer.getString("tranid"));
        assertEquals(order.customerName(), answer.getJsonObject("entity").getString("refName"));
        assertEquals(order.total(), answer.getJsonNumber("foreigntotal").bigDecimalValue());
        assertEquals(3, answer.getJsonArray("lines").size());
        assertEquals(order.lines().get(0).quantity(), answer.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertTrue(answer.getString("note").contains("negative"));
        assertEquals(404, assertThrows(ProblemException.class, () -> resource.order("900000011")).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> resource.order("abc")).status());
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        for (var bad : List.of(List.of("{'orders':-1}", "orders"), List.of("{'orders':5000001}", "orders"),
                List.of("{'orders':'many'}", "orders"), List.of("{'linesPerOrder':0}", "linesPerOrder"),
                List.of("{'linesPerOrder':1.5}", "linesPerOrder"), List.of("{'from':'2020-02-30'}", "from"),
                List.of("{'from':'2025-01-01'}", "to"), List.of("{'customers':0}", "customers"),
                List.of("{'customers':10000000000}", "customers"), List.of("{'seed':'x'}", "seed"),
                List.of("{'customers':2,'customersWithoutAccount':3}", "customersWithoutAccount"))) {
            ProblemException refused = assertThrows(ProblemException.class, () -> resource.plan(json(bad.get(0))), bad.get(0));
            assertEquals(400, refused.status(), bad.get(0));
            assertTrue(refused.detail().startsWith(bad.get(1)), refused.detail());
        }
        assertEquals(404, assertThrows(ProblemException.class, resource::summary).status());
    }

    @Test
    void deleteForgetsThePlan() {
        resource.plan(json("{'orders':5}"));
        resource.clear();
        assertEquals(404, assertThrows(ProblemException.class, resource::summary).status());
    }
}
