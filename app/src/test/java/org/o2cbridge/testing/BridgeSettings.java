package org.o2cbridge.testing;

import java.util.Properties;

/**
 * The system properties a bridge under test needs: its database, the keys of the simulated org
 * and of the bridge, the sandbox's Salesforce, NetSuite, SAP and Dynamics 365 at {@code sandboxUrl},
 * routing that requires a mapping row for every legal entity (orders without one go to NetSuite), and short
 * retry and poll intervals so tests do not wait for production timings.
 */
public final class BridgeSettings {

    private BridgeSettings() {
    }

    public static Properties of(TestDatabase database, TestKeys keys, String sandboxUrl) {
        Properties settings = new Properties();
        settings.setProperty("o2c.db.url", database.url());
        settings.setProperty("o2c.db.user", database.user());
        settings.setProperty("o2c.db.password", database.password());
        settings.setProperty("o2c.db.datasource-class", database.dataSourceClass());
        settings.setProperty("mp.jwt.verify.publickey.location", keys.orgPublicKey().toUri().toString());
        settings.setProperty("o2c.salesforce.private-key", keys.bridgePrivateKey().toString());
        settings.setProperty("o2c.salesforce.login-url", sandboxUrl + "/sandbox/salesforce");
        settings.setProperty("o2c.salesforce.audience", "https://login.salesforce.com");
        settings.setProperty("o2c.netsuite.base-url", sandboxUrl + "/sandbox/netsuite");
        NetSuiteDemoAccount.applyTo(settings);
        settings.setProperty("o2c.sap.base-url", sandboxUrl + "/sandbox/sap");
        settings.setProperty("o2c.sap.token-url", sandboxUrl + "/sandbox/sap/sap/bc/sec/oauth2/token");
        settings.setProperty("o2c.sap.client-id", SapDemoClient.CLIENT_ID);
        settings.setProperty("o2c.sap.client-secret", SapDemoClient.CLIENT_SECRET);
        settings.setProperty("o2c.sap.sales-organization", "1010");
        settings.setProperty("o2c.sap.distribution-channel", "10");
        settings.setProperty("o2c.sap.division", "00");
        settings.setProperty("o2c.sap.in-doubt-wait-seconds", "1");
        D365DemoEnvironment.applyTo(settings, sandboxUrl);
        settings.setProperty("o2c.erp.routing.require-mapping", "true");
        settings.setProperty("o2c.outbox.retry.initial-ms", "200");
        settings.setProperty("o2c.outbox.poll-interval-ms", "100");
        return settings;
    }
}
