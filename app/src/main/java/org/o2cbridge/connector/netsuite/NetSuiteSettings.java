package org.o2cbridge.connector.netsuite;

import org.eclipse.microprofile.config.Config;

import org.o2cbridge.connector.transform.BusinessDates;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The NetSuite connection as configured under {@code o2c.netsuite.*}: where the account's REST
 * endpoint is, the TBA credentials, the client timeouts and the record limits. Every key may be
 * absent, so the bridge deploys without NetSuite; {@link #missingKeys()} says what a call would
 * need. The time zone ({@code time-zone}, UTC by default) is checked when the settings are read at
 * start-up: a wrong one stops the deployment naming the key. {@link #toString()} shows no secret.
 */
public record NetSuiteSettings(String baseUrl, TokenCredentials credentials, Duration connectTimeout,
                               Duration readTimeout, int nameMaxLength, int quantityDecimals,
                               String subsidiary, ZoneId timeZone) {

    static final String PREFIX = "o2c.netsuite.";

    public static NetSuiteSettings from(Config config) {
        TokenCredentials credentials = new TokenCredentials(text(config, "account-id"), text(config, "consumer-key"),
                text(config, "consumer-secret"), text(config, "token-id"), text(config, "token-secret"));
        return new NetSuiteSettings(text(config, "base-url"), credentials,
                Duration.ofMillis(number(config, "connect-timeout-ms", 5_000)),
                Duration.ofMillis(number(config, "read-timeout-ms", 60_000)),
                (int) number(config, "name-max-length", 83),
                (int) number(config, "quantity-decimals", 5),
                text(config, "subsidiary"),
                BusinessDates.zone(PREFIX + "time-zone", text(config, "time-zone")));
    }

    /** The full names of the keys a call needs but that have no value, in a stable order. */
    public List<String> missingKeys() {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, "base-url", baseUrl);
        addIfBlank(missing, "account-id", credentials.realm());
        addIfBlank(missing, "consumer-key", credentials.consumerKey());
        addIfBlank(missing, "consumer-secret", credentials.consumerSecret());
        addIfBlank(missing, "token-id", credentials.tokenId());
        addIfBlank(missing, "token-secret", credentials.tokenSecret());
        return missing;
    }

    private static void addIfBlank(List<String> missing, String key, String value) {
        if (value == null || value.isBlank()) {
            missing.add(PREFIX + key);
        }
    }

    private static String text(Config config, String key) {
        return config.getOptionalValue(PREFIX + key, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    private static long number(Config config, String key, long defaultValue) {
        return config.getOptionalValue(PREFIX + key, Long.class).orElse(defaultValue);
    }
}
