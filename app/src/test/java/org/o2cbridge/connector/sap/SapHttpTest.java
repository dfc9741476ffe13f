package org.o2cbridge.connector.sap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o2cbridge.connector.sap.SapStub.Reply;

/** Every SAP call is made under a concurrency slot and reported once; one held back for want of a slot is neither. */
class SapHttpTest {

    private final SapStub sap = new SapStub();
    private final Clock clock = Clock.systemUTC();
    private final ExternalCallMonitor monitor = ExternalCallMonitor.unmetered(clock);

    SapHttpTest() throws IOException {
    }

    @AfterEach
    void stop() {
        sap.close();
    }

    @Test
    void aCallMadeUnderItsSlotIsReportedWithItsOutcome() {
        sap.script("GET /so/A_SalesOrder", Reply.of(503, "<html>down</html>"));
        SapHttp http = new SapHttp(sap.settings(Duration.ofSeconds(3)), monitor, CallPermits.unlimited());

        assertEquals(503, http.send(HttpRequest.newBuilder(sap.service("/so/A_SalesOrder")).GET(), "a read").statusCode());

        assertEquals(1, sap.calls("GET", "/so/A_SalesOrder").size());
        assertEquals(Optional.of(CallOutcome.UNAVAILABLE), monitor.history("sap").snapshot().lastFailureOutcome());
    }

    @Test
    void noSlotInTimeIsRetryableAndTheCallIsNeitherMadeNorCounted() {
        CallPermits exhausted = new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                throw new PermitUnavailableException(system, "No " + system + " concurrency permit came free in 60 s");
            }
        };
        SapHttp http = new SapHttp(sap.settings(Duration.ofSeconds(3)), monitor, exhausted);

        RetryableCallException e = assertThrows(RetryableCallException.class,
                () -> http.send(HttpRequest.newBuilder(sap.service("/so/A_SalesOrder")).GET(), "a read"));

        assertEquals("NO_PERMIT", e.code());
        assertTrue(sap.calls("GET", "/").isEmpty());
        assertEquals(Optional.empty(), monitor.history("sap").snapshot().lastFailure(),
                "a call that was not made is no failed call of SAP");
    }
}
