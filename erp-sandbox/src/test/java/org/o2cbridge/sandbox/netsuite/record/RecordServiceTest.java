package org.o2cbridge.sandbox.netsuite.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount.Saved;
import org.o2cbridge.sandbox.traffic.TrafficStats;

class RecordServiceTest {

    private final TrafficStats stats = new TrafficStats();
    private final NetSuiteAccount account = new NetSuiteAccount(List.of(
            new CatalogItem("WID-100", "Widget", new BigDecimal("12.50")),
            new CatalogItem("WID-200", "Widget Pro", new BigDecimal("27.00"))), 101);
    private final RecordService records = new RecordService(account, stats::recordCreated,
            Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC));
    private final String customerId;

    RecordServiceTest() {
        records.resetAccount();
        customerId = records.upsert("customer", "001A", json("{\"companyName\":\"Acme\"}")).id();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static JsonObject order(String lines) {
        return json("{'externalId':'801A','entity':{'externalId':'001A'},'tranDate':'2026-11-20','currency':{'refName':'USD'},"
                + "'otherRefNum':'PO-1','memo':'first','item':{'items':[" + lines + "]}}");
    }

    private static JsonArray lines(JsonObject salesOrder) {
        return salesOrder.getJsonObject("item").getJsonArray("items");
    }

    @Test
    void upsertCreatesTheOrderOnceAndUpdatesItAfterwards() {
        Saved first = records.upsert("salesOrder", "801A", order("{'item':{'externalId':'WID-100'},'quantity':10,'units':'EA'}"));
        Saved second = records.upsert("salesOrder", "801A", order("{'item':{'externalId':'WID-200'},'quantity':2}"));

        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.id(), second.id());
        assertEquals(1, records.list("salesOrder").size());
        assertEquals(1, stats.createdWithExternalId("801A"));
        JsonObject stored = records.get("salesOrder", "eid:801A");
        assertEquals("SO1001", stored.getString("tranId"));
        assertEquals(1, lines(stored).size(), "the item sublist is replaced, not appended to");
        assertEquals("WID-200", lines(stored).getJsonObject(0).getJsonObject("item").getString("externalId"));
    }

    @Test
    void salesOrderCarriesItsCustomerNumberStatusAndLinesPricedFromTheCatalog() {
        records.upsert("salesOrder", "801A", order("{'item':{'externalId':'WID-100'},'quantity':10,'units':'EA','rate':1,'amount':1},"
                + "{'item':{'externalId':'WID-200'},'quantity':3}"));

        JsonObject stored = records.get("salesOrder", "eid:801A");
        assertEquals(customerId, stored.getJsonObject("entity").getString("id"));
        assertEquals("Pending Fulfillment", stored.getJsonObject("status").getString("refName"));
        assertEquals("USD", stored.getJsonObject("currency").getString("refName"));
        assertEquals("PO-1", stored.getString("otherRefNum"));
        JsonObject first = lines(stored).getJsonObject(0);
        assertEquals(new BigDecimal("12.50"), first.getJsonNumber("rate").bigDecimalValue());
        assertEquals(new BigDecimal("125.00"), first.getJsonNumber("amount").bigDecimalValue());
        assertEquals("EA", first.getString("units"));
        assertEquals(new BigDecimal("206.00"), stored.getJsonNumber("total").bigDecimalValue());
    }

    @Test
    void unknownItemIsRejectedWithNetSuitesErrorBodyAndNothingIsStored() {
        NetSuiteApiException error = assertThrows(NetSuiteApiException.class, () -> records.upsert("salesOrder", "801A",
                order("{'item':{'externalId':'WID-100'},'quantity':1},{'item':{'externalId':'WID-999'},'quantity':1}")));

        assertEquals(json("{'type':'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1','title':'Bad Request',"
                + "'status':400,'o:errorDetails':[{'detail':'Error while accessing resource: You have entered an Invalid Field "
                + "Value WID-999 for the following field: item','o:errorCode':'INVALID_CONTENT','o:errorPath':'item.items[1].item'}]}"),
                json(error.body()));
        assertTrue(records.list("salesOrder").isEmpty());
        assertEquals(0, stats.createdWithExternalId("801A"));
    }

    @Test
    void unknownCustomerIsRejectedOnTheEntityField() {
        JsonObject body = json("{'entity':{'externalId':'001NOPE'},'item':{'items':[{'item':{'externalId':'WID-100'},'quantity':1}]}}");

        NetSuiteApiException error = assertThrows(NetSuiteApiException.class, () -> records.upsert("salesOrder", "801B", body));

        assertTrue(error.body().contains("Invalid Field Value 001NOPE for the following field: entity"));
        assertTrue(error.body().contains("\"o:errorPath\":\"entity\""));
    }

    @Test
    void customerCanBeReferencedByInternalIdAndItemsByInternalId() {
        String itemId = account.findByExternalId(RecordType.INVENTORY_ITEM, "WID-200").orElseThrow().getString("id");
        JsonObject body = json("{'entity':{'id':'" + customerId + "'},'item':{'items':[{'item':{'id':'" + itemId + "'},'quantity':1}]}}");

        Saved saved = records.create("salesOrder", body);

        assertEquals("WID-200", lines(records.get("salesOrder", saved.id())).getJsonObject(0).getJsonObject("item").getString("externalId"));
    }

    @Test
    void externalIdWithOtherCharactersThanLettersDigitsUnderscoreAndHyphenIsRejected() {
        NetSuiteApiException error = assertThrows(NetSuiteApiException.class,
                () -> records.upsert("customer", "001.A", json("{'companyName':'Dot'}")));

        assertEquals(400, error.status());
        assertEquals(1, records.list("customer").size());
    }

    @Test
    void creatingWithAnExternalIdInUseIsRejectedWhileUpsertUpdates() {
        NetSuiteApiException error = assertThrows(NetSuiteApiException.class,
                () -> records.create("customer", json("{'externalId':'001A','companyName':'Again'}")));

        assertEquals("DUP_RCRD", error.errorCode());
        assertEquals("Acme", records.get("customer", "eid:001A").getString("companyName"));
    }

    @Test
    void orderWithoutLinesAndCustomerNameOverTheLimitAreRejected() {
        assertEquals("USER_ERROR", assertThrows(NetSuiteApiException.class,
                () -> records.upsert("salesOrder", "801C", order(""))).errorCode());
        assertEquals("INVALID_CONTENT", assertThrows(NetSuiteApiException.class,
                () -> records.upsert("customer", "001L", json("{'companyName':'" + "x".repeat(84) + "'}"))).errorCode());
    }

    @Test
    void anAddressLineOverOneHundredFiftyCharactersIsRejectedOnItsField() {
        String address = "{'companyName':'Acme','addressBook':{'items':[{'addressBookAddress':{'addr1':'1 Main St','addr2':'"
                + "x".repeat(151) + "'}}]}}";

        NetSuiteApiException refused = assertThrows(NetSuiteApiException.class,
                () -> records.upsert("customer", "001M", json(address)));

        assertEquals("INVALID_CONTENT", refused.errorCode());
        assertTrue(refused.getMessage().contains("addr2"), refused.getMessage());
    }

    @Test
    void patchAppendsLinesUnlessTheItemSublistIsReplaced() {
        String id = records.upsert("salesOrder", "801A", order("{'item':{'externalId':'WID-100'},'quantity':1}")).id();
        JsonObject more = json("{'memo':'second','item':{'items':[{'item':{'externalId':'WID-200'},'quantity':1}]}}");

        assertEquals(2, lines(records.update("salesOrder", id, more, false)).size());
        assertEquals(1, lines(records.update("salesOrder", "eid:801A", more, true)).size());
        assertEquals("second", records.get("salesOrder", id).getString("memo"));
    }

    @Test
    void restAnswerLinksTheItemSublistUnlessSubResourcesAreExpanded() {
        records.upsert("salesOrder", "801A", order("{'item':{'externalId':'WID-100'},'quantity':1}"));
        JsonObject stored = records.get("salesOrder", "eid:801A");
        URI self = URI.create("http://localhost/sandbox/netsuite/services/rest/record/v1/salesOrder/" + stored.getString("id"));

        assertFalse(RecordJson.record(stored, self, false).getJsonObject("item").containsKey("items"));
        assertEquals(1, RecordJson.record(stored, self, true).getJsonObject("item").getInt("totalResults"));
    }

    @Test
    void resetForgetsRecordsButKeepsTheCatalogAndNeverReusesIds() {
        String before = customerId;
        records.resetAccount();
        String after = records.upsert("customer", "001A", json("{'companyName':'Acme'}")).id();

        assertEquals(1, records.list("customer").size());
        assertEquals(2, records.list("inventoryItem").size());
        assertTrue(Long.parseLong(after) > Long.parseLong(before));
    }
}
