package org.o2cbridge.testing;

/** The sandbox SAP's published demo OAuth client (its defaults), which the bridge under test uses. */
public final class SapDemoClient {

    public static final String CLIENT_ID = "o2c-demo-sap-client";
    public static final String CLIENT_SECRET = "o2c-demo-sap-secret";

    private SapDemoClient() {
    }
}
