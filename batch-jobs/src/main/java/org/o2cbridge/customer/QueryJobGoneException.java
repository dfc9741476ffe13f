package org.o2cbridge.customer;

/** Salesforce no longer has the query job (deleted, or past the 7 days it keeps finished jobs). */
public class QueryJobGoneException extends RuntimeException {

    public QueryJobGoneException(String message) {
        super(message);
    }
}
