package org.o2cbridge.billing;

/** A billing document the job cannot place in Salesforce; the job skips it with this reason. */
public class UnlinkedDocumentException extends RuntimeException {

    public UnlinkedDocumentException(String reason) {
        super(reason);
    }
}
