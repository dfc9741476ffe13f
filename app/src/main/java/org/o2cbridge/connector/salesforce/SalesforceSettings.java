package org.o2cbridge.connector.salesforce;

import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the bridge reaches Salesforce, read from MicroProfile Config under {@code o2c.salesforce.}
 * (defaults in {@code microprofile-config.properties}). The token endpoint's host and the
 * assertion's audience are separate settings: a sandbox or proxy serves the token endpoint while
 * the audience stays {@code https://login.salesforce.com} or {@code https://test.salesforce.com}.
 * Nothing is checked here, so the bridge deploys when Salesforce is not set up; a missing key file
 * is reported when a call needs it.
 */
public record SalesforceSettings(URI loginUrl, String audience, String consumerKey, String username,
                                 Optional<Path> privateKey, String apiVersion,
                                 Duration connectTimeout, Duration readTimeout) {

    static final String PREFIX = "o2c.salesforce.";
    static final String PRIVATE_KEY = PREFIX + "private-key";

    /** The settings as configured; the audience defaults to the login URL. */
    public static SalesforceSettings from(Config config) {
        String loginUrl = withoutTrailingSlash(config.getValue(PREFIX + "login-url", String.class));
        return new SalesforceSettings(
                URI.create(loginUrl),
                config.getOptionalValue(PREFIX + "audience", String.class).orElse(loginUrl),
                config.getValue(PREFIX + "consumer-key", String.class),
                config.getValue(PREFIX + "username", String.class),
                config.getOptionalValue(PRIVATE_KEY, String.class).map(Path::of),
                config.getValue(PREFIX + "api-version", String.class),
                Duration.ofMillis(config.getValue(PREFIX + "connect-timeout-ms", Long.class)),
                Duration.ofMillis(config.getValue(PREFIX + "read-timeout-ms", Long.class)));
    }

    /** {@code {login-url}/services/oauth2/token}. */
    public URI tokenUrl() {
        return URI.create(withoutTrailingSlash(loginUrl.toString()) + "/services/oauth2/token");
    }

    static String withoutTrailingSlash(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
