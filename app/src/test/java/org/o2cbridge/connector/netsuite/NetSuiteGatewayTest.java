package org.o2cbridge.connector.netsuite;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.mapping.MappingService;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o2cbridge.connector.netsuite.NetSuiteStub.Reply;

/** The NetSuite adapter writes customers and whole sales orders the way NetSuite's record API expects. */
class NetSuiteGatewayTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    static final String ACCOUNT = "001Dn00000AbCdEIAV";
    static final String ORDER = "801Dn00000XyZaBIAV";
    static final String SUITEQL = "/sandbox/netsuite/services/rest/query/v1/suiteql";
    static final TokenCredentials CREDENTIALS = new TokenCredentials("1234567_SB1", "consumer-key-1", "consumer+secret/1",
            "token-id-1", "token secret~1");

    private final NetSuiteStub netsuite = NetSuiteGatewayFixture.stub();
    private final NetSuiteGateway gateway = NetSuiteGatewayFixture.gateway(netsuite, CREDENTIALS, Duration.ofSeconds(5));

    @AfterEach
    void stopNetSuite() {
        netsuite.close();
    }

    @Test
    void customerIsUpsertedOnTheAccountIdWithMappedAddressesAndItsIdComesFromLocation() {
        netsuite.on("PUT", "customer/eid:" + ACCOUNT, Reply.of(204,
                Map.of("Location", "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/customer/647"), null));
        ErpCustomer.Address billing = new ErpCustomer.Address("100 Market St\nSuite 400\nFloor 4\nBack door", "London", "LDN",
                "EC1A 1BB", "UK");
        ErpCustomer.Address shipping = new ErpCustomer.Address("1 Dock Rd", "San Francisco", "CA", "94105", "US");

        ErpReference customer = gateway.upsertCustomer(new ErpCustomer(ACCOUNT, "A".repeat(80) + "BCDEFG", billing, shipping,
                "USD", "UK-LTD"));

        assertEquals(ErpReference.of("647"), customer);
        NetSuiteStub.Request put = onlyRequest();
        assertEquals("PUT", put.method());
        assertEquals(NetSuiteStub.RECORD_PATH + "customer/eid:" + ACCOUNT, put.uri().getPath());
        assertEquals("replace=addressBook", put.uri().getQuery());
        JsonObject body = json(put.body());
        assertEquals(ACCOUNT, body.getString("externalId"));
        assertEquals("A".repeat(80) + "BCD", body.getString("companyName"));
        assertFalse(body.getBoolean("isPerson"));
        assertEquals("3", body.getJsonObject("subsidiary").getString("id"), "the legal entity's subsidiary");
        assertEquals("US Dollar", body.getJsonObject("currency").getString("refName"));
        JsonArray addresses = body.getJsonObject("addressBook").getJsonArray("items");
        assertEquals(2, addresses.size());
        JsonObject billed = addresses.getJsonObject(0);
        assertTrue(billed.getBoolean("defaultBilling"));
        assertFalse(billed.getBoolean("defaultShipping"));
        JsonObject billingAddress = billed.getJsonObject("addressBookAddress");
        assertEquals("100 Market St", billingAddress.getString("addr1"));
        assertEquals("Suite 400", billingAddress.getString("addr2"));
        assertEquals("Floor 4, Back door", billingAddress.getString("addr3"));
        assertEquals("GB", billingAddress.getJsonObject("country").getString("id"), "mapped country");
        assertEquals("EC1A 1BB", billingAddress.getString("zip"));
        JsonObject shippingAddress = addresses.getJsonObject(1).getJsonObject("addressBookAddress");
        assertEquals("US", shippingAddress.getJsonObject("country").getString("id"), "an ISO code no row maps is kept");
        assertFalse(shippingAddress.containsKey("addr2"));
    }

    @Test
    void customerIdIsReadBackByExternalIdWhenNetSuiteSendsNoLocation() {
        netsuite.on("PUT", "customer/eid:" + ACCOUNT, Reply.of(204, Map.of(), null));
        netsuite.on("GET", "customer/eid:" + ACCOUNT, Reply.of(200, Map.of(), "{\"id\":\"812\",\"externalId\":\"" + ACCOUNT + "\"}"));

        ErpReference customer = gateway.upsertCustomer(new ErpCustomer(ACCOUNT, "Acme", null, null, "USD", null));

        assertEquals(ErpReference.of("812"), customer);
        assertEquals(List.of("PUT", "GET"), netsuite.requests().stream().map(NetSuiteStub.Request::method).toList());
        JsonObject body = json(netsuite.requests().get(0).body());
        assertEquals("7", body.getJsonObject("subsidiary").getString("id"), "the configured default subsidiary");
        assertEquals(0, body.getJsonObject("addressBook").getJsonArray("items").size());
    }

    @Test
    void salesOrderGoesInOnePutWithAllLinesAndNoPricesAndItsIdComesFromLocation() {
        netsuite.on("PUT", "salesOrder/eid:" + ORDER, Reply.of(204,
                Map.of("Location", "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/salesOrder/9001"), null));

        ErpReference order = gateway.upsertSalesOrder(NetSuiteGatewayFixture.threeLineOrder(ORDER, ACCOUNT), ErpReference.of("647"));

        assertEquals(ErpReference.of("9001"), order, "number and status are read later, for many orders at once");
        List<NetSuiteStub.Request> puts = netsuite.requests().stream().filter(r -> r.method().equals("PUT")).toList();
        assertEquals(1, netsuite.requests().size(), "one call for the whole order: " + netsuite.requests());
        assertEquals("replace=item", puts.get(0).uri().getQuery());
        JsonObject body = json(puts.get(0).body());
        assertEquals(ORDER, body.getString("externalId"));
        assertEquals("647", body.getJsonObject("entity").getString("id"));
        assertEquals("2026-11-20", body.getString("tranDate"));
        assertEquals("US Dollar", body.getJsonObject("currency").getString("refName"));
        assertEquals("PO-4471", body.getString("otherRefNum"));
        assertEquals("Salesforce order 00000042", body.getString("memo"));
        JsonArray lines = body.getJsonObject("item").getJsonArray("items");
        assertEquals(List.of("WID-100", "WID-200", "WID-300"),
                lines.stream().map(l -> l.asJsonObject().getJsonObject("item").getString("externalId")).toList());
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("2.5"), new BigDecimal("1")),
                lines.stream().map(l -> l.asJsonObject().getJsonNumber("quantity").bigDecimalValue()).toList());
        assertEquals(List.of("1", "1", "BOX"), lines.stream().map(l -> l.asJsonObject().getString("units")).toList(),
                "EA mapped to NetSuite's unit id, BOX kept");
        assertFalse(mentionsAnyPrice(body), "the body carries a price, rate or amount: " + body);
    }

    @Test
    void salesOrderIsReadBackByExternalIdWhenNetSuiteSendsNoLocation() {
        netsuite.on("PUT", "salesOrder/eid:" + ORDER, Reply.of(204, Map.of(), null));
        netsuite.on("GET", "salesOrder/eid:" + ORDER, Reply.of(200, Map.of(), "{\"id\":\"9001\",\"tranId\":\"SO-1042\","
                + "\"status\":{\"id\":\"B\",\"refName\":\"Pending Fulfillment\"}}"));

        ErpReference order = gateway.upsertSalesOrder(NetSuiteGatewayFixture.threeLineOrder(ORDER, ACCOUNT), ErpReference.of("647"));

        assertEquals(new ErpReference("9001", "SO-1042", "Pending Fulfillment"), order);
        assertEquals(List.of("PUT", "GET"), netsuite.requests().stream().map(NetSuiteStub.Request::method).toList());
    }

    @Test
    void numbersOfManyOrdersAreReadWithOneTransientSuiteQlQuery() {
        netsuite.on("POST", SUITEQL, Reply.of(200, Map.of(), "{\"links\":[],\"count\":2,\"hasMore\":false,\"items\":["
                + "{\"links\":[],\"id\":\"9001\",\"tranid\":\"SO-1042\",\"status\":\"Pending Fulfillment\"},"
                + "{\"links\":[],\"id\":\"9003\",\"tranid\":\"SO-1044\",\"status\":\"Pending Approval\"}],"
                + "\"offset\":0,\"totalResults\":2}"));

        Map<String, ErpReference> numbers = gateway.readOrderNumbers(List.of("9001", "9002", "9003", "9001"));

        assertEquals(Map.of("9001", new ErpReference("9001", "SO-1042", "Pending Fulfillment"),
                "9003", new ErpReference("9003", "SO-1044", "Pending Approval")), numbers, "9002 is not shown (yet)");
        NetSuiteStub.Request query = onlyRequest();
        assertEquals("POST", query.method());
        assertEquals(Set.of("limit=1000", "offset=0"), Set.of(query.uri().getQuery().split("&")));
        assertEquals("transient", query.header("Prefer"));
        assertEquals("SELECT id, tranid, BUILTIN.DF(status) AS status FROM transaction WHERE id IN (9001, 9002, 9003)",
                json(query.body()).getString("q"));
    }

    @Test
    void aSuiteQlAnswerWithMoreRowsIsReadPageByPage() {
        netsuite.on("POST", SUITEQL, Reply.of(200, Map.of(), "{\"count\":1,\"hasMore\":true,\"items\":["
                + "{\"links\":[],\"id\":\"9001\",\"tranid\":\"SO-1042\",\"status\":\"Pending Fulfillment\"}],\"offset\":0}"));
        netsuite.on("POST", SUITEQL + "?offset=1000", Reply.of(200, Map.of(), "{\"count\":1,\"hasMore\":false,\"items\":["
                + "{\"links\":[],\"id\":\"9002\",\"tranid\":\"SO-1043\"}],\"offset\":1000}"));

        Map<String, ErpReference> numbers = gateway.readOrderNumbers(List.of("9001", "9002"));

        assertEquals(List.of("9001", "9002"), List.copyOf(numbers.keySet()));
        assertEquals(List.of(Set.of("limit=1000", "offset=0"), Set.of("limit=1000", "offset=1000")),
                netsuite.requests().stream().map(r -> Set.of(r.uri().getQuery().split("&"))).toList());
    }

    @Test
    void anInternalIdThatIsNotDigitsNeverReachesAQuery() {
        assertThrows(RejectedCallException.class, () -> gateway.readOrderNumbers(List.of("9001) OR (1=1")));
        assertTrue(netsuite.requests().isEmpty());
    }

    @Test
    void salesOrderStatusWrittenAsPlainTextIsReadToo() {
        netsuite.on("GET", "salesOrder/eid:" + ORDER, Reply.of(200, Map.of(),
                "{\"id\":\"9002\",\"tranId\":\"SO-1043\",\"status\":\"Pending Approval\"}"));

        Optional<ErpReference> order = gateway.findSalesOrder(ORDER);

        assertEquals(Optional.of(new ErpReference("9002", "SO-1043", "Pending Approval")), order);
        assertEquals("GET", onlyRequest().method());
    }

    @Test
    void salesOrderNetSuiteDoesNotHaveIsNotFound() {
        assertEquals(Optional.empty(), gateway.findSalesOrder(ORDER));
    }

    private NetSuiteStub.Request onlyRequest() {
        assertEquals(1, netsuite.requests().size(), "requests: " + netsuite.requests());
        NetSuiteStub.Request request = netsuite.requests().get(0);
        assertTrue(request.signed(), "the TBA signature checks out");
        return request;
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static boolean mentionsAnyPrice(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object.keySet().stream().anyMatch(k -> List.of("price", "rate", "amount", "total").contains(k.toLowerCase()))
                    || object.values().stream().anyMatch(NetSuiteGatewayTest::mentionsAnyPrice);
        }
        if (value instanceof JsonArray array) {
            return array.stream().anyMatch(NetSuiteGatewayTest::mentionsAnyPrice);
        }
        return false;
    }

    static MappingService mappings() {
        Map<String, String> rows = Map.of("country/UK", "GB", "currency/USD", "US Dollar", "unit-of-measure/EA", "1",
                "legal-entity/UK-LTD", "3");
        return new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return "netsuite".equals(targetSystem) ? Optional.ofNullable(rows.get(mapType + "/" + sourceValue)) : Optional.empty();
            }
        };
    }

    static ErpSalesOrder order(String sfOrderId, String sfAccountId, List<ErpSalesOrder.Line> lines) {
        return new ErpSalesOrder(sfOrderId, sfAccountId, "00000042", LocalDate.of(2026, 11, 20), null, "USD", "PO-4471", null, null, null, lines);
    }
}
