package org.o2cbridge.fulfillment;

/** An item fulfillment the job cannot place in Salesforce; the job skips it with this reason. */
public class UnlinkedFulfillmentException extends RuntimeException {

    public UnlinkedFulfillmentException(String reason) {
        super(reason);
    }
}
