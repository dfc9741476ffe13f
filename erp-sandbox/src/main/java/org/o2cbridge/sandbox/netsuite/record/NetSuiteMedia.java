package org.o2cbridge.sandbox.netsuite.record;

/** The content types NetSuite's REST web services answer with: JSON under Oracle's vendor type. */
public final class NetSuiteMedia {

    public static final String RECORD = "application/vnd.oracle.resource+json; type=singular-resource";
    public static final String COLLECTION = "application/vnd.oracle.resource+json; type=collection";
    public static final String ERROR = "application/vnd.oracle.resource+json; type=error";

    private NetSuiteMedia() {
    }
}
