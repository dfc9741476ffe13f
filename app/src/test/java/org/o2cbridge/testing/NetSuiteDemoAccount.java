package org.o2cbridge.testing;

import java.util.Properties;

/**
 * The TBA credentials of the sandbox's demo NetSuite account (its documented demo-only defaults),
 * as the bridge's settings.
 */
public final class NetSuiteDemoAccount {

    private NetSuiteDemoAccount() {
    }

    public static void applyTo(Properties settings) {
        settings.setProperty("o2c.netsuite.account-id", "1234567");
        settings.setProperty("o2c.netsuite.consumer-key", "o2c-demo-consumer-key");
        settings.setProperty("o2c.netsuite.consumer-secret", "o2c-demo-consumer-secret");
        settings.setProperty("o2c.netsuite.token-id", "o2c-demo-token-id");
        settings.setProperty("o2c.netsuite.token-secret", "o2c-demo-token-secret");
    }
}
