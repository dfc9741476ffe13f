package org.o2cbridge.connector.netsuite;

import org.o2cbridge.connector.RetryableCallException;

/**
 * The connection to NetSuite broke mid-call (reset, end of stream) with no answer. To the caller it
 * is an ordinary retryable failure without a status; inside the adapter it is the one failure a
 * quick Fault Tolerance retry is worth: every NetSuite call made here is a read or a keyed upsert.
 */
final class ConnectionLostException extends RetryableCallException {

    ConnectionLostException(String detail, Throwable cause) {
        super(NetSuiteGateway.SYSTEM, null, null, detail, null, cause);
    }
}
