package org.o2cbridge.sandbox.salesforce.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.o2cbridge.sandbox.ContractSchema;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

class OrderEventPayloadTest {

    private final SalesforceOrg org = new SalesforceOrg(
            Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC), IdSequence.startingNow());
    private final OrderSetupService setup = new OrderSetupService(org);

    private JsonObject payloadOf(CreateOrderRequest request) {
        String orderId = setup.createDraftOrder(request).orderId();
        SObjectRecord order = org.find(SObjectType.ORDER, orderId).orElseThrow();
        SObjectRecord account = org.find(SObjectType.ACCOUNT, order.text("AccountId")).orElseThrow();
        return OrderEventPayload.of(order, account, org.orderItems(orderId));
    }

    static Stream<Path> contractExamples() throws Exception {
        return Files.list(ContractSchema.contractDir().resolve("examples")).filter(path -> path.toString().endsWith(".json"));
    }

    @ParameterizedTest
    @MethodSource("contractExamples")
    void theContractsOwnExamplesPassTheSchemaCheck(Path example) throws Exception {
        assertEquals("", ContractSchema.violations(Files.readString(example)));
    }

    @Test
    void anOrderWithAddressesPoNumberAndLegalEntityConformsToTheContract() {
        assertEquals("", ContractSchema.violations(payloadOf(OrderFixtures.acmeOrder()).toString()));
    }

    @Test
    void anOrderWithOnlyTheRequiredFieldsConformsToTheContract() {
        assertEquals("", ContractSchema.violations(payloadOf(OrderFixtures.minimalOrder()).toString()));
    }

    @Test
    void thePayloadCarriesTheOrderAccountAndLinesAsCreated() {
        JsonObject event = payloadOf(OrderFixtures.acmeOrder()).getJsonArray("orders").getJsonObject(0);

        String orderId = event.getString("sfOrderId");
        assertEquals(orderId + ":2026-11-20T09:15:00.000Z", event.getString("idempotencyKey"));
        assertEquals("00000001", event.getString("orderNumber"));
        assertEquals("2026-11-20", event.getString("effectiveDate"));
        assertEquals("USD", event.getString("currency"));
        assertEquals("PO-4471", event.getString("poNumber"));
        assertEquals("US01", event.getString("legalEntity"));
        assertEquals("Acme Industrial Supply", event.getJsonObject("account").getString("name"));
        assertEquals("Oakland", event.getJsonObject("account").getJsonObject("shippingAddress").getString("city"));
        assertEquals(List.of("WID-100", "SVC-INSTALL"), event.getJsonArray("lines").stream()
                .map(line -> line.asJsonObject().getString("productCode")).toList());
        assertEquals(Json.createReader(new StringReader("1.5")).readValue(),
                event.getJsonArray("lines").getJsonObject(1).get("quantity"));
    }

    @Test
    void anActivatedOrderCarriesItsActivationTimeInUtcAndADraftNone() {
        JsonObject draft = payloadOf(OrderFixtures.acmeOrder()).getJsonArray("orders").getJsonObject(0);
        String orderId = draft.getString("sfOrderId");

        org.update(SObjectType.ORDER, orderId, fields -> java.util.Map.of("Status", SObjectType.Order.ACTIVATED));
        SObjectRecord order = org.find(SObjectType.ORDER, orderId).orElseThrow();
        SObjectRecord account = org.find(SObjectType.ACCOUNT, order.text("AccountId")).orElseThrow();
        JsonObject activated = OrderEventPayload.of(order, account, org.orderItems(orderId));

        assertFalse(draft.containsKey("activatedAt"), "a draft has no activation time");
        assertEquals(order.lastModifiedDate(), order.instant("ActivatedDate"), "stamped by the activation");
        assertEquals(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                        .withZone(ZoneOffset.UTC).format(order.instant("ActivatedDate")),
                activated.getJsonArray("orders").getJsonObject(0).getString("activatedAt"), "RFC 3339, UTC, milliseconds");
        assertEquals("", ContractSchema.violations(activated.toString()));
    }

    @Test
    void theOrdersPaymentTermsAndShippingMethodAreSentAsSalesforceHoldsThem() {
        String orderId = setup.createDraftOrder(OrderFixtures.acmeOrder()).orderId();
        JsonObject without = payloadOf(orderId);

        org.update(SObjectType.ORDER, orderId,
                fields -> java.util.Map.of("Payment_Terms__c", "Net 30", "Shipping_Method__c", "Ground"));
        JsonObject with = payloadOf(orderId);

        JsonObject sent = with.getJsonArray("orders").getJsonObject(0);
        assertEquals("Net 30", sent.getString("paymentTerms"));
        assertEquals("Ground", sent.getString("shippingMethod"));
        assertTrue(without.getJsonArray("orders").getJsonObject(0).isNull("paymentTerms"), "unset: null");
        assertEquals("", ContractSchema.violations(with.toString()));
    }

    private JsonObject payloadOf(String orderId) {
        SObjectRecord order = org.find(SObjectType.ORDER, orderId).orElseThrow();
        SObjectRecord account = org.find(SObjectType.ACCOUNT, order.text("AccountId")).orElseThrow();
        return OrderEventPayload.of(order, account, org.orderItems(orderId));
    }

    @Test
    void theSchemaCheckCatchesAnEventWithoutLines() {
        JsonObject event = payloadOf(OrderFixtures.minimalOrder()).getJsonArray("orders").getJsonObject(0);
        String withoutLines = Json.createObjectBuilder().add("orders", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(event).remove("lines"))).build().toString();
        assertTrue(ContractSchema.violations(withoutLines).contains("lines"), withoutLines);
    }

    @Test
    void theIdempotencyKeyAlwaysShowsMillisecondsInUtc() {
        String orderId = setup.createDraftOrder(OrderFixtures.minimalOrder()).orderId();
        SObjectRecord order = org.find(SObjectType.ORDER, orderId).orElseThrow();
        assertEquals(orderId + ":2026-11-20T09:15:00.000Z", OrderEventPayload.idempotencyKey(order));
    }
}
