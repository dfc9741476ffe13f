package org.o2cbridge.testing;

import java.util.Properties;

/**
 * The sandbox's simulated Dynamics 365 environment as the bridge's settings: its URL, token
 * endpoint and demo app registration, the legal entities whose orders go to it (until routing by
 * legal entity replaces {@code o2c.erp.system-by-legal-entity}), and a small request budget
 * (50 per 10 s) that a test can exhaust in seconds.
 */
public final class D365DemoEnvironment {

    /** Legal entities routed to D365; USMF and DEMF are mapped to companies by the tests, USXX never. */
    public static final String ROUTED = "USMF=d365,DEMF=d365,USXX=d365";
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
        settings.setProperty("o2c.erp.system-by-legal-entity", ROUTED);
    }
}
