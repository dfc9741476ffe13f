package org.o2cbridge.sandbox.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrafficControlTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static List<Fault> faultsOf(TrafficControl control, int calls) {
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            try (Admission admission = control.admit()) {
                faults.add(admission.fault());
            }
        }
        return faults;
    }

    @Test
    void callsBeyondTheConcurrencyLimitAreThrottledWhileTheOthersAreServed() throws Exception {
        int limit = 5;
        TrafficControl control = new TrafficControl(new TrafficSettings(limit, 0));
        CountDownLatch allAdmitted = new CountDownLatch(limit + 1);
        ExecutorService callers = Executors.newFixedThreadPool(limit + 1);
        List<Future<Fault>> outcomes = new ArrayList<>();
        for (int i = 0; i <= limit; i++) {
            outcomes.add(callers.submit(() -> {
                try (Admission admission = control.admit()) {
                    allAdmitted.countDown();
                    allAdmitted.await(10, TimeUnit.SECONDS);
                    return admission.fault();
                }
            }));
        }
        List<Fault> faults = new ArrayList<>();
        for (Future<Fault> outcome : outcomes) {
            faults.add(outcome.get(10, TimeUnit.SECONDS));
        }
        callers.shutdown();

        assertEquals(limit, faults.stream().filter(fault -> fault == Fault.NONE).count());
        assertEquals(1, faults.stream().filter(fault -> fault == Fault.THROTTLE).count());
        JsonObject stats = control.statsJson(Map.of());
        assertEquals(limit, stats.getInt("maxConcurrency"));
        assertEquals(1, stats.getInt("throttled"));
        assertEquals(0, stats.getInt("currentConcurrency"));
    }

    @Test
    void admittedCallsWaitTheLatencyAndRefusedOnesDoNotHoldAPlace() {
        TrafficControl control = new TrafficControl(new TrafficSettings(1, 100));
        try (Admission first = control.admit(); Admission second = control.admit()) {
            assertEquals(100, first.delayMillis());
            assertEquals(Fault.THROTTLE, second.fault());
            assertTrue(second.overLimit());
        }
        try (Admission third = control.admit()) {
            assertEquals(Fault.NONE, third.fault());
        }
    }

    @Test
    void firstCallsGetTheirFixedFaultsInOrderThenTheCallsAreServed() {
        TrafficControl control = new TrafficControl(new TrafficSettings(0, 0));
        control.planFaults(json("{'firstCalls':{'throttle':2,'unavailable':1,'timeout':1,'lostResponse':1},'timeoutMillis':50}"));

        assertEquals(List.of(Fault.THROTTLE, Fault.THROTTLE, Fault.UNAVAILABLE, Fault.TIMEOUT, Fault.LOST_RESPONSE,
                Fault.NONE, Fault.NONE), faultsOf(control, 7));
        JsonObject stats = control.statsJson(Map.of());
        assertEquals(2, stats.getInt("throttled"));
        assertEquals(1, stats.getInt("unavailable"));
        assertEquals(1, stats.getInt("timeouts"));
        assertEquals(1, stats.getInt("lostResponses"));
    }

    @Test
    void sameSeedGivesTheSameFaultsAndTheSharesAreRoughlyKept() {
        String plan = "{'throttleRate':0.3,'unavailableRate':0.1,'timeoutRate':0.05,'lostResponseRate':0.1,'seed':42}";
        TrafficControl one = new TrafficControl(new TrafficSettings(0, 0));
        TrafficControl other = new TrafficControl(new TrafficSettings(0, 0));
        one.planFaults(json(plan));
        other.planFaults(json(plan));

        List<Fault> faults = faultsOf(one, 2000);

        assertEquals(faults, faultsOf(other, 2000));
        long throttled = faults.stream().filter(fault -> fault == Fault.THROTTLE).count();
        assertTrue(throttled > 500 && throttled < 700, "about 30% of 2000 throttled, was " + throttled);
        one.planFaults(json(plan));
        assertEquals(faults.subList(0, 50), faultsOf(one, 50), "planning again starts the sequence again");
    }

    @Test
    void throttleRefusalCarriesTheRetryAfterOfThePlan() {
        TrafficControl control = new TrafficControl(new TrafficSettings(0, 0));
        control.planFaults(json("{'throttleRate':1,'retryAfterSeconds':2}"));
        try (Admission admission = control.admit()) {
            assertEquals(Integer.valueOf(2), admission.retryAfterSeconds());
        }
        control.clearFaults();
        try (Admission admission = control.admit()) {
            assertEquals(Fault.NONE, admission.fault());
            assertNull(admission.retryAfterSeconds());
        }
    }

    @Test
    void planLimitedToAnOperationLeavesOtherCallsAloneAndOutOfItsSequence() {
        TrafficControl control = new TrafficControl(new TrafficSettings(0, 0));
        control.planFaults(json("{'operations':['POST suiteql'],'firstCalls':{'throttle':1,'unavailable':1}}"));
        List<Fault> faults = new ArrayList<>();
        for (String operation : List.of("PUT salesOrder", "POST suiteql", "PUT salesOrder", "POST suiteql", "POST suiteql")) {
            try (Admission admission = control.admit(operation)) {
                faults.add(admission.fault());
            }
        }

        assertEquals(List.of(Fault.NONE, Fault.THROTTLE, Fault.NONE, Fault.UNAVAILABLE, Fault.NONE), faults);
        assertEquals("[\"POST suiteql\"]", control.faultPlan().toJson().getJsonArray("operations").toString());
        assertThrows(IllegalArgumentException.class, () -> control.planFaults(json("{'operations':'POST suiteql'}")));
    }

    @Test
    void planWithSharesOutOfRangeOrUnknownSettingsIsRefused() {
        TrafficControl control = new TrafficControl(new TrafficSettings(0, 0));

        assertThrows(IllegalArgumentException.class, () -> control.planFaults(json("{'throttleRate':1.5}")));
        assertThrows(IllegalArgumentException.class, () -> control.planFaults(json("{'throttleRate':0.6,'unavailableRate':0.6}")));
        assertThrows(IllegalArgumentException.class, () -> control.planFaults(json("{'throttle':0.1}")));
        assertThrows(IllegalArgumentException.class, () -> control.planFaults(json("{'firstCalls':{'throttle':-1}}")));
    }

    @Test
    void resetReturnsToTheConfiguredSettingsWithoutFaultsOrCounts() {
        TrafficControl control = new TrafficControl(new TrafficSettings(5, 0));
        control.arrived("PUT salesOrder");
        control.changeSettings(control.settings().with(json("{'concurrencyLimit':2,'latencyMillis':100}")));
        control.planFaults(json("{'throttleRate':1}"));
        faultsOf(control, 1);

        control.reset();

        assertEquals(new TrafficSettings(5, 0), control.settings());
        assertEquals(List.of(Fault.NONE), faultsOf(control, 1));
        JsonObject stats = control.statsJson(Map.of());
        assertEquals(0, stats.getInt("calls"));
        assertEquals(0, stats.getInt("throttled"));
    }
}
