package org.o2cbridge.connector.d365;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dynamics 365 F&O connection as configured under {@code o2c.d365.*}: the environment URL
 * (OData root {@code <base-url>/data/}), the Entra ID token endpoint and app registration, the
 * client timeouts, the request budget, and the record limits. Every connection key may be absent,
 * so the bridge deploys without D365; {@link #missingKeys()} says what a call would need.
 * {@link #toString()} shows no secret.
 */
public record D365Settings(String baseUrl, String tokenUrl, String resource, String clientId, String clientSecret,
                           Duration connectTimeout, Duration readTimeout, Duration renewBefore,
                           int nameMaxLength, int quantityDecimals, String customerGroup,
                           Budget budget) {

    static final String PREFIX = "o2c.d365.";

    /**
     * The bridge's share of the user-based request limit: {@code requests} per sliding
     * {@code window} (0 requests: no budget), a {@code margin} added to the window against clock
     * differences between the bridge and D365, and how long a call may wait for one.
     */
    public record Budget(int requests, Duration window, Duration margin, Duration maxWait) {

        public boolean enabled() {
            return requests > 0;
        }
    }

    public static D365Settings from(Config config) {
        String baseUrl = withoutTrailingSlash(text(config, "base-url"));
        String resource = withoutTrailingSlash(text(config, "resource"));
        return new D365Settings(baseUrl, text(config, "token-url"), resource == null ? baseUrl : resource,
                text(config, "client-id"), text(config, "client-secret"),
                Duration.ofMillis(number(config, "connect-timeout-ms", 5_000)),
                Duration.ofMillis(number(config, "read-timeout-ms", 60_000)),
                Duration.ofSeconds(number(config, "token-renew-before-seconds", 300)),
                (int) number(config, "name-max-length", 100),
                (int) number(config, "quantity-decimals", 2),
                text(config, "customer-group"),
                new Budget((int) number(config, "request-budget", 6_000),
                        Duration.ofSeconds(number(config, "request-budget-window-seconds", 300)),
                        Duration.ofMillis(number(config, "request-budget-margin-ms", 1_000)),
                        Duration.ofMillis(number(config, "request-budget-max-wait-ms", 30_000))));
    }

    /** The full names of the keys a call needs but that have no value, in a stable order. */
    public List<String> missingKeys() {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, "base-url", baseUrl);
        addIfBlank(missing, "token-url", tokenUrl);
        addIfBlank(missing, "client-id", clientId);
        addIfBlank(missing, "client-secret", clientSecret);
        return missing;
    }

    /** The OData service root, ending in a slash. */
    public String serviceRoot() {
        return baseUrl + "/data/";
    }

    @Override
    public String toString() {
        return "D365Settings[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", resource=" + resource + ", clientId="
                + clientId + ", clientSecret=" + (clientSecret == null ? "unset" : "***") + ", budget=" + budget + "]";
    }

    private static void addIfBlank(List<String> missing, String key, String value) {
        if (value == null || value.isBlank()) {
            missing.add(PREFIX + key);
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url == null ? null : url.replaceAll("/+$", "");
    }

    private static String text(Config config, String key) {
        return config.getOptionalValue(PREFIX + key, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    private static long number(Config config, String key, long defaultValue) {
        return config.getOptionalValue(PREFIX + key, Long.class).orElse(defaultValue);
    }
}
