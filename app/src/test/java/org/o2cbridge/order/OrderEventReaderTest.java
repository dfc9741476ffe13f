package org.o2cbridge.order;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge reads exactly what the published contract allows, and names what it refuses. */
class OrderEventReaderTest {

    private final OrderEventReader reader = newReader();

    static Stream<Path> examples() throws IOException, URISyntaxException {
        Path dir = Path.of(OrderEventReaderTest.class.getResource("/contract/examples").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyContractExampleIsValidPerSchemaAndReadByTheBridge(Path example) throws IOException {
        String json = Files.readString(example);
        assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(json)), "schema violations");

        OrderEventBatch batch = reader.read(stream(json));

        assertTrue(batch.orders().size() >= 1);
        batch.orders().forEach(order -> {
            assertEquals(18, order.sfOrderId().length());
            assertEquals(18, order.account().sfAccountId().length());
            order.lines().forEach(line -> assertEquals(18, line.sfOrderItemId().length()));
        });
    }

    @Test
    void singleOrderExampleIsBoundFieldForField() throws Exception {
        OrderEventBatch batch = reader.read(Files.newInputStream(examples().filter(p ->
                p.getFileName().toString().equals("single-order.json")).findFirst().orElseThrow()));

        OrderEvent order = batch.orders().get(0);
        assertEquals("801Dn000001XyZaIAK", order.sfOrderId());
        assertEquals("USD", order.currency());
        assertEquals(java.time.Instant.parse("2026-11-20T23:30:00Z"), order.activatedAt(), "Order.ActivatedDate, UTC");
        assertEquals("PO-4471", order.poNumber());
        assertEquals("US01", order.legalEntity());
        assertEquals("Net 30", order.paymentTerms(), "the Salesforce value, mapped per ERP later");
        assertEquals("Ground", order.shippingMethod());
        assertEquals("Oakland", order.account().shippingAddress().city());
        assertEquals(3, order.lines().size());
        assertEquals(new BigDecimal("1.5"), order.lines().get(2).quantity());
        assertEquals("HR", order.lines().get(2).unitOfMeasure());
    }

    @Test
    void fifteenCharacterIdsComeBackInEighteenCharacterForm() throws Exception {
        OrderEventBatch batch = reader.read(Files.newInputStream(examples().filter(p ->
                p.getFileName().toString().equals("two-orders-minimal.json")).findFirst().orElseThrow()));

        assertEquals("801Dn000001XyZcIAK", batch.orders().get(1).sfOrderId());
        assertEquals("001Dn00000AbCdFIAV", batch.orders().get(1).account().sfAccountId());
        assertEquals("802Dn000000AaBbIAK", batch.orders().get(1).lines().get(0).sfOrderItemId());
    }

    @Test
    void everyInvalidFieldIsNamedByPointer() {
        String json = """
                {"orders":[{"sfOrderId":"801Dn000001XyZaAAA","idempotencyKey":"","effectiveDate":"2026-11-20",
                  "currency":"usd","account":{"sfAccountId":"801Dn000001XyZaIAK","name":"A"},
                  "lines":[{"sfOrderItemId":"802Dn000000AaAaIAK","productCode":"P","quantity":0,"unitPrice":-1,
                            "unitOfMeasure":"EA"}, null]}]}""";

        Problem problem = assertThrows(ProblemException.class, () -> reader.read(stream(json))).problem();

        assertEquals(422, problem.status());
        assertEquals(List.of("/orders/0/account/sfAccountId", "/orders/0/currency", "/orders/0/idempotencyKey",
                        "/orders/0/lines/0/quantity", "/orders/0/lines/0/unitPrice", "/orders/0/lines/1",
                        "/orders/0/sfOrderId"),
                problem.errors().stream().map(Problem.FieldError::pointer).toList());
    }

    @Test
    void wrongTypeIsABadRequestThatSaysWhere() {
        Problem problem = assertThrows(ProblemException.class, () -> reader.read(stream(
                "{\"orders\":[{\"sfOrderId\":\"801Dn000001XyZaIAK\",\"lines\":[{\"quantity\":\"many\"}]}]}"))).problem();

        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("quantity"), problem.detail());
    }

    @Test
    void emptyBodyAndJsonNullAreBadRequests() {
        assertEquals(400, assertThrows(ProblemException.class, () -> reader.read(stream(""))).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> reader.read(stream("null"))).problem().status());
        assertEquals(422, assertThrows(ProblemException.class, () -> reader.read(stream("{}"))).problem().status());
    }

    @Test
    void unknownPropertiesAreIgnoredForForwardCompatibility() throws Exception {
        String json = Files.readString(examples().findFirst().orElseThrow()).replaceFirst("\\{", "{\"sentBy\":\"v2\",");

        assertEquals(1, reader.read(stream(json)).orders().size());
    }

    private static OrderEventReader newReader() {
        OrderEventReader reader = new OrderEventReader();
        reader.jsonb = JsonbBuilder.create();
        reader.validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        return reader;
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = OrderEventReaderTest.class.getResourceAsStream("/contract/order-event.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
