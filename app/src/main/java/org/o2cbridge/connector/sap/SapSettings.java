package org.o2cbridge.connector.sap;

import org.eclipse.microprofile.config.Config;

import org.o2cbridge.connector.transform.BusinessDates;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The SAP S/4HANA connection as configured under {@code o2c.sap.*}: the API host, the OAuth 2.0
 * token endpoint and client of the communication arrangement, client timeouts, the service paths,
 * and what new documents get (sales order type, business partner grouping and customer role, and
 * the sales area used where no mapping row names one). Every key may be absent so the bridge
 * deploys without SAP; {@link #missingKeys()} says what a call would need. The time zone
 * ({@code time-zone}, UTC by default) is checked when the settings are read at start-up: a wrong
 * one stops the deployment naming the key. {@link #toString()} shows no secret.
 */
public record SapSettings(String baseUrl, String tokenUrl, String clientId, String clientSecret,
                          Duration connectTimeout, Duration readTimeout, String salesOrderService,
                          String businessPartnerService, String salesOrderType, String partnerGrouping,
                          String customerRole, String salesOrganization, String distributionChannel, String division,
                          Duration inDoubtWait, int quantityDecimals, ZoneId timeZone) {

    static final String PREFIX = "o2c.sap.";

    public static SapSettings from(Config config) {
        return new SapSettings(text(config, "base-url", null), text(config, "token-url", null),
                text(config, "client-id", null), text(config, "client-secret", null),
                Duration.ofMillis(number(config, "connect-timeout-ms", 5_000)),
                Duration.ofMillis(number(config, "read-timeout-ms", 60_000)),
                text(config, "sales-order-service", "/sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001/"),
                text(config, "business-partner-service", "/sap/opu/odata/sap/API_BUSINESS_PARTNER/"),
                text(config, "sales-order-type", "OR"), text(config, "business-partner-grouping", null),
                text(config, "customer-role", "FLCU01"), text(config, "sales-organization", null),
                text(config, "distribution-channel", null), text(config, "division", null),
                Duration.ofSeconds(number(config, "in-doubt-wait-seconds", 60)),
                (int) number(config, "quantity-decimals", 3),
                BusinessDates.zone(PREFIX + "time-zone", text(config, "time-zone", null)));
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

    /** The root of a service under the base URL, ending in {@code /}. */
    URI serviceRoot(String servicePath) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String path = servicePath.startsWith("/") ? servicePath : "/" + servicePath;
        return URI.create(base + (path.endsWith("/") ? path : path + "/"));
    }

    @Override
    public String toString() {
        return "SapSettings[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "unset" : "set") + "]";
    }

    private static void addIfBlank(List<String> missing, String key, String value) {
        if (value == null || value.isBlank()) {
            missing.add(PREFIX + key);
        }
    }

    private static String text(Config config, String key, String defaultValue) {
        return config.getOptionalValue(PREFIX + key, String.class).map(String::strip).filter(v -> !v.isEmpty())
                .orElse(defaultValue);
    }

    private static long number(Config config, String key, long defaultValue) {
        return config.getOptionalValue(PREFIX + key, Long.class).orElse(defaultValue);
    }
}
