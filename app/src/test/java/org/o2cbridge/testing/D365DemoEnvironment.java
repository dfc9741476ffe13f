package org.o2cbridge.testing;

import java.util.Properties;

/**
 * The sandbox's simulated Dynamics 365 environment as the bridge's settings: its URL, token
 * endpoint and demo app registration, and a small request budget
 * (50 per 10 s) that a test can exhaust in seconds.
 */
public final class D365DemoEnvironment {

    /** Legal entities the tests route to D365; USMF is mapped to a company by the tests, USXX never. */
    public static final java.util.List<String> ROUTED = java.util.List.of("USMF", "USXX");
    public static final int BUDGET_REQUESTS = 50;
    public static final int BUDGET_WINDOW_SECONDS = 10;
    public static final long BUDGET_MARGIN_MILLIS = 100;

    private D365DemoEnvironment() {
    }

    public static void applyTo(Properties settings, String sandboxUrl) {
        settings.setProperty("o2c.d365.base-url", sandboxUrl + "/sandbox/d365");
        settings.setProperty("o2c.d365.token-url", sandboxUrl + "/sandbox/d365/o2c-demo-tenant/oauth2/v2.0/token");
        settings.setProperty("o2c.d365.client-id", "o2c-demo-client");
        settings.setProperty("o2c.d365.client-secret", "o2c-demo-client-secret");
        settings.setProperty("o2c.d365.request-budget", Integer.toString(BUDGET_REQUESTS));
        settings.setProperty("o2c.d365.request-budget-window-seconds", Integer.toString(BUDGET_WINDOW_SECONDS));
        settings.setProperty("o2c.d365.request-budget-margin-ms", Long.toString(BUDGET_MARGIN_MILLIS));
        settings.setProperty("o2c.d365.request-budget-max-wait-ms", "30000");
    }
}
