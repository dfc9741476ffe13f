package org.o2cbridge.connector.netsuite;

import jakarta.ws.rs.ProcessingException;
import org.o2cbridge.connector.CallOutcome;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.IOException;
import java.net.HttpRetryException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * What a failed NetSuite call means for the port when NetSuite gave no answer: a login refused while
 * a body was streamed (the HTTP stack reports only the status then) is rejected; a timeout, a refused
 * or lost connection is retryable without a status; anything else that broke inside the client
 * (a body that could not be written or read) is rejected, so it shows in the dead letters instead
 * of being retried for ever. Failures already in the port's terms, and programming errors, pass
 * through unchanged.
 */
final class NetSuiteFailures {

    private NetSuiteFailures() {
    }

    static RuntimeException of(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExternalCallException known) {
                return known;
            }
            if (cause instanceof SocketTimeoutException) {
                return new RetryableCallException(SYSTEM, null, null, "NetSuite did not answer in time: " + cause.getMessage(),
                        null, failure);
            }
            if (cause instanceof ConnectException) {
                return new RetryableCallException(SYSTEM, null, null, "NetSuite is not reachable: " + cause.getMessage(),
                        null, failure);
            }
            if (cause instanceof HttpRetryException refused) {
                return new RejectedCallException(SYSTEM, refused.responseCode(),
                        refused.responseCode() == 401 ? "INVALID_LOGIN" : null,
                        "NetSuite refused the login (HTTP " + refused.responseCode() + "): check the account id, consumer "
                                + "key and token of o2c.netsuite.*, and NetSuite's Login Audit Trail", failure);
            }
            if (cause instanceof IOException) {
                return new ConnectionLostException("Connection to NetSuite lost: " + cause.getMessage(), failure);
            }
        }
        if (failure instanceof ProcessingException) {
            return new RejectedCallException(SYSTEM, null, null, "NetSuite call failed in the client: " + failure.getMessage(),
                    failure);
        }
        return failure;
    }

    /** How a failure from {@link #of} counts: throttled also when NetSuite's code says so on a 400. */
    static CallOutcome outcomeOf(RuntimeException failure) {
        String code = failure instanceof ExternalCallException known ? known.code() : null;
        return CallOutcome.ofFailure(failure, code != null && NetSuiteErrorMapper.THROTTLING_CODES.contains(code));
    }
}
