package org.o2cbridge.sandbox.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FaultPlanOperationsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aPlanLimitedToOneOperationLeavesOtherCallsAloneAndKeepsItsSequenceForThatOperation() {
        TrafficControl control = new TrafficControl(new TrafficSettings(0, 0));
        control.planFaults(json("{'firstCalls':{'lostResponse':1},'operations':['POST SalesOrder']}"));

        try (Admission read = control.admit("GET SalesOrder")) {
            assertEquals(Fault.NONE, read.fault());
        }
        try (Admission write = control.admit("POST SalesOrder")) {
            assertEquals(Fault.LOST_RESPONSE, write.fault());
        }
        try (Admission again = control.admit("POST SalesOrder")) {
            assertEquals(Fault.NONE, again.fault());
        }
        assertEquals("[\"POST SalesOrder\"]", control.faultPlan().toJson().getJsonArray("operations").toString());
    }

    @Test
    void operationsMustBeNames() {
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.fromJson(json("{'operations':[1]}"), 1));
    }
}
