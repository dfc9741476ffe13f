package org.o2cbridge.connector.netsuite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.CallHistory;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o2cbridge.connector.netsuite.NetSuiteGatewayTest.CLOCK;
import static org.o2cbridge.connector.netsuite.NetSuiteGatewayTest.CREDENTIALS;
import static org.o2cbridge.connector.netsuite.NetSuiteGatewayTest.ORDER;
import static org.o2cbridge.connector.netsuite.NetSuiteStub.Reply;

/** Every NetSuite call is reported once, with the outcome its answer (or its lack of one) means. */
class NetSuiteCallMonitoringTest {

    private static final String SALES_ORDER = "salesOrder/eid:" + ORDER;

    private final NetSuiteStub netsuite = NetSuiteGatewayFixture.stub();
    private final ExternalCallMonitor monitor = ExternalCallMonitor.unmetered(CLOCK);

    @AfterEach
    void stopNetSuite() {
        netsuite.close();
    }

    @Test
    void anAnsweredReadIsASuccess() {
        netsuite.on("GET", SALES_ORDER, Reply.of(200, Map.of(), "{\"id\":\"9001\",\"tranId\":\"SO-1\"}"));

        records(Duration.ofSeconds(5)).getSalesOrder(ORDER);

        CallHistory.Snapshot history = monitor.history("netsuite").snapshot();
        assertEquals(Optional.of(CLOCK.instant()), history.lastSuccess());
        assertEquals(Optional.empty(), history.lastFailure());
    }

    @Test
    void requestLimitExceededOnA400IsAThrottle() {
        netsuite.on("GET", SALES_ORDER, Reply.of(400, Map.of(), NetSuiteStub.error(400, "Bad Request",
                "SSS_REQUEST_LIMIT_EXCEEDED", "Request limit exceeded.")));

        assertThrows(ExternalCallException.class, () -> records(Duration.ofSeconds(5)).getSalesOrder(ORDER));

        assertEquals(Optional.of(CallOutcome.THROTTLED), monitor.history("netsuite").snapshot().lastFailureOutcome());
    }

    @Test
    void aServerErrorIsUnavailableWithNetSuitesWords() {
        netsuite.on("GET", SALES_ORDER, Reply.of(503, Map.of(), "<html>Service Unavailable</html>"));

        assertThrows(ExternalCallException.class, () -> records(Duration.ofSeconds(5)).getSalesOrder(ORDER));

        CallHistory.Snapshot history = monitor.history("netsuite").snapshot();
        assertEquals(Optional.of(CallOutcome.UNAVAILABLE), history.lastFailureOutcome());
        assertTrue(history.lastFailureDetail().orElseThrow().contains("503"), history.toString());
        assertEquals(Optional.of(CLOCK.instant()), history.unreachableSince());
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        netsuite.on("GET", SALES_ORDER, Reply.noAnswer());

        assertThrows(ExternalCallException.class, () -> records(Duration.ofMillis(300)).getSalesOrder(ORDER));

        assertEquals(Optional.of(CallOutcome.TIMEOUT), monitor.history("netsuite").snapshot().lastFailureOutcome());
    }

    @Test
    void noConcurrencyPermitInTimeIsRetryableAndNeitherMadeNorCounted() {
        CallPermits exhausted = new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                throw new PermitUnavailableException(system, "No " + system + " concurrency permit came free in 60 s");
            }
        };
        NetSuiteRecords records = new NetSuiteRecords(new NetSuiteSettings(netsuite.baseUrl(), CREDENTIALS,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 83, 5, "7", java.time.ZoneId.of("UTC")), CLOCK, monitor, exhausted);

        RetryableCallException e = assertThrows(RetryableCallException.class, () -> records.getSalesOrder(ORDER));

        assertEquals("NO_PERMIT", e.code());
        assertTrue(netsuite.requests().isEmpty());
        assertEquals(Optional.empty(), monitor.history("netsuite").snapshot().lastFailure());
    }

    @Test
    void theSlotIsTakenAsTheRequestGoesOutAndGivenBackOnceTheAnswerIsRead() {
        netsuite.on("GET", SALES_ORDER, Reply.of(200, Map.of(), "{\"id\":\"9001\",\"tranId\":\"SO-1\"}"));
        List<String> events = new ArrayList<>();
        CallPermits recording = new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                throw new AssertionError("the REST client takes its slot on sending");
            }

            @Override
            public <T> T callOnSend(String system, Supplier<T> call) {
                events.add("call " + system);
                T answer = call.get();
                events.add("slot given back, requests seen by NetSuite: " + netsuite.requests().size());
                return answer;
            }

            @Override
            public void sending(String system) {
                events.add("slot taken, requests seen by NetSuite: " + netsuite.requests().size());
            }
        };

        records(recording).getSalesOrder(ORDER);

        assertEquals(List.of("call netsuite", "slot taken, requests seen by NetSuite: 0",
                "slot given back, requests seen by NetSuite: 1"), events);
    }

    @Test
    void noSlotWhenTheRequestIsAboutToGoOutIsRetryableAndNeitherMadeNorCounted() {
        CallPermits exhausted = new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                return call.get();
            }

            @Override
            public void sending(String system) {
                throw new PermitUnavailableException(system, "No " + system + " concurrency permit came free in 60 s");
            }
        };

        RetryableCallException e = assertThrows(RetryableCallException.class, () -> records(exhausted).getSalesOrder(ORDER));

        assertEquals("NO_PERMIT", e.code());
        assertTrue(netsuite.requests().isEmpty());
        assertEquals(Optional.empty(), monitor.history("netsuite").snapshot().lastFailure());
        assertEquals(Optional.empty(), monitor.history("netsuite").snapshot().lastSuccess());
    }

    @Test
    void anIdNetSuiteCannotTakeIsRefusedWithoutCountingACall() {
        assertThrows(ExternalCallException.class, () -> records(Duration.ofSeconds(5)).getSalesOrder("not an id"));

        assertEquals(Optional.empty(), monitor.history("netsuite").snapshot().lastFailure());
        assertTrue(netsuite.requests().isEmpty());
    }

    private NetSuiteRecords records(CallPermits permits) {
        return new NetSuiteRecords(new NetSuiteSettings(netsuite.baseUrl(), CREDENTIALS, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 83, 5, "7", java.time.ZoneId.of("UTC")), CLOCK, monitor, permits);
    }

    private NetSuiteRecords records(Duration readTimeout) {
        return new NetSuiteRecords(new NetSuiteSettings(netsuite.baseUrl(), CREDENTIALS, Duration.ofSeconds(2),
                readTimeout, 83, 5, "7", java.time.ZoneId.of("UTC")), CLOCK, monitor, CallPermits.unlimited());
    }
}
