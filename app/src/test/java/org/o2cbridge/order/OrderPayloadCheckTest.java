package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operator's corrected payload is checked as the order was when the package handed it over. */
class OrderPayloadCheckTest {

    private static final String ORDER = "801Dn000001XyZaIAK";

    private final OrderPayloadCheck check = newCheck();

    @Test
    void aValidOrderEventIsStoredWithItsIdsInTheir18CharacterForm() throws Exception {
        String payload = order().toString().replace("001Dn00000AbCdEIAV", "001Dn00000AbCdE");

        String stored = check.check(OrderEventRecorder.UPSERT_SALES_ORDER, ORDER, payload);

        assertTrue(stored.contains("\"sfAccountId\":\"001Dn00000AbCdEIAV\""), stored);
        assertTrue(stored.contains("\"productCode\":\"WID-100\""), stored);
    }

    @Test
    void aPayloadThatIsNotTheStepsJsonIsABadRequest() {
        Problem problem = refused(OrderEventRecorder.ROUTE, "{\"sfOrderId\": ");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The payload is not valid JSON for an order event"), problem.detail());
        assertEquals(400, refused(OrderEventRecorder.ROUTE, "null").status());
    }

    @Test
    void aConstraintTheContractSetsNamesTheField() throws Exception {
        String payload = order().toString().replace("\"WID-200\"", "\"\"");

        Problem problem = refused(OrderEventRecorder.UPSERT_SALES_ORDER, payload);

        assertEquals(400, problem.status());
        assertEquals("/lines/1/productCode", problem.errors().get(0).pointer(), problem.toString());
        assertTrue(problem.detail().contains("/lines/1/productCode"), problem.detail());
    }

    @Test
    void thePayloadMustStayTheLettersOrder() throws Exception {
        Problem problem = refused(OrderEventRecorder.UPSERT_SALES_ORDER, order().toString()
                .replace(ORDER, "801Dn000001XyZbIAK"));

        assertEquals("/sfOrderId", problem.errors().get(0).pointer());
        assertTrue(problem.detail().contains(ORDER), problem.detail());
    }

    @Test
    void aWriteBackNeedsAKnownSyncStatus() {
        Problem problem = refused(OrderEventRecorder.WRITE_BACK,
                "{\"sfOrderId\":\"" + ORDER + "\",\"syncStatus\":\"Done\"}");
        assertEquals("/syncStatus", problem.errors().get(0).pointer());

        String ok = check.check(OrderEventRecorder.WRITE_BACK, ORDER,
                "{\"sfOrderId\":\"" + ORDER + "\",\"syncStatus\":\"Failed\",\"syncError\":\"x\"}");
        assertTrue(ok.contains("\"syncStatus\":\"Failed\""), ok);
    }

    private Problem refused(String action, String payload) {
        return assertThrows(ProblemException.class, () -> check.check(action, ORDER, payload)).problem();
    }

    private static JsonObject order() throws IOException, URISyntaxException {
        Path example = Path.of(OrderPayloadCheckTest.class.getResource("/contract/examples/single-order.json").toURI());
        try (var reader = Json.createReader(new StringReader(Files.readString(example)))) {
            return reader.readObject().getJsonArray("orders").getJsonObject(0);
        }
    }

    private static OrderPayloadCheck newCheck() {
        OrderPayloadCheck check = new OrderPayloadCheck();
        check.jsonb = JsonbBuilder.create();
        check.validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        return check;
    }
}
