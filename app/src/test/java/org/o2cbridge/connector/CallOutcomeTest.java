package org.o2cbridge.connector;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a call ends is counted as one outcome, and only the unanswered ones count against readiness. */
class CallOutcomeTest {

    @Test
    void answersAreCountedByTheirStatus() {
        assertEquals(CallOutcome.SUCCESS, CallOutcome.ofAnswer(200, false));
        assertEquals(CallOutcome.SUCCESS, CallOutcome.ofAnswer(204, false));
        assertEquals(CallOutcome.THROTTLED, CallOutcome.ofAnswer(429, false));
        assertEquals(CallOutcome.UNAVAILABLE, CallOutcome.ofAnswer(503, false));
        assertEquals(CallOutcome.TIMEOUT, CallOutcome.ofAnswer(408, false));
        assertEquals(CallOutcome.REJECTED, CallOutcome.ofAnswer(400, false));
        assertEquals(CallOutcome.REJECTED, CallOutcome.ofAnswer(401, false));
    }

    @Test
    void aThrottlingCodeOnAnyErrorStatusIsAThrottle() {
        assertEquals(CallOutcome.THROTTLED, CallOutcome.ofAnswer(400, true));
        assertEquals(CallOutcome.THROTTLED, CallOutcome.ofAnswer(403, true));
        assertEquals(CallOutcome.SUCCESS, CallOutcome.ofAnswer(200, true));
    }

    @Test
    void failuresWithAStatusAreCountedLikeThatAnswer() {
        assertEquals(CallOutcome.THROTTLED, CallOutcome.ofFailure(retryable(429, null), false));
        assertEquals(CallOutcome.THROTTLED, CallOutcome.ofFailure(retryable(400, null), true));
        assertEquals(CallOutcome.REJECTED, CallOutcome.ofFailure(new RejectedCallException("x", 404, null, "gone", null), false));
    }

    @Test
    void unansweredCallsAreTimeoutsOrUnavailable() {
        assertEquals(CallOutcome.TIMEOUT, CallOutcome.ofFailure(retryable(null, new SocketTimeoutException("read")), false));
        assertEquals(CallOutcome.TIMEOUT, CallOutcome.ofFailure(retryable(null, new HttpConnectTimeoutException("c")), false));
        assertEquals(CallOutcome.UNAVAILABLE, CallOutcome.ofFailure(retryable(null, new ConnectException("refused")), false));
        assertEquals(CallOutcome.UNAVAILABLE, CallOutcome.ofFailure(retryable(null, new IOException("reset")), false));
    }

    @Test
    void failuresInsideTheClientAreRejectionsNotOutages() {
        assertEquals(CallOutcome.REJECTED, CallOutcome.ofFailure(new RejectedCallException("x", null, null, "bad body", null), false));
        assertEquals(CallOutcome.REJECTED, CallOutcome.ofFailure(new IllegalStateException("bug"), false));
    }

    @Test
    void onlyUnansweredOutcomesCountAgainstReadiness() {
        assertTrue(CallOutcome.UNAVAILABLE.unreachable());
        assertTrue(CallOutcome.TIMEOUT.unreachable());
        assertFalse(CallOutcome.THROTTLED.unreachable());
        assertFalse(CallOutcome.REJECTED.unreachable());
        assertEquals("throttled", CallOutcome.THROTTLED.tag());
    }

    private static RetryableCallException retryable(Integer status, Throwable cause) {
        return new RetryableCallException("x", status, null, "failed", null, cause);
    }
}
