package org.o2cbridge.connector.netsuite;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.o2cbridge.connector.RejectedCallException;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * Builds the NetSuite Rest Client from the settings: the account's base URL, connect and read
 * timeouts always set, MicroProfile's default error mapper replaced by {@link NetSuiteErrorMapper},
 * and every request signed by {@link NetSuiteSigningFilter}. Incomplete settings are a rejected
 * call that names the missing keys, never their values.
 */
final class NetSuiteClientFactory {

    static final String NOT_CONFIGURED = "NOT_CONFIGURED";

    private NetSuiteClientFactory() {
    }

    static NetSuiteRecordClient build(NetSuiteSettings settings, Clock clock) {
        return build(settings, clock, NetSuiteRecordClient.class);
    }

    /** A client of one of NetSuite's REST services ({@link NetSuiteRecordClient}, {@link NetSuiteQueryClient}). */
    static <C> C build(NetSuiteSettings settings, Clock clock, Class<C> service) {
        List<String> missing = settings.missingKeys();
        if (!missing.isEmpty()) {
            throw new RejectedCallException(SYSTEM, null, NOT_CONFIGURED,
                    "NetSuite is not configured: set " + String.join(", ", missing), null);
        }
        return RestClientBuilder.newBuilder()
                .baseUri(baseUri(settings.baseUrl()))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                // a streamed (chunked) body is never resent by the HTTP stack on its own: a resent
                // PUT would carry a used nonce, which NetSuite refuses as an invalid login
                .property("jersey.config.client.request.entity.processing", "CHUNKED")
                .register(new NetSuiteErrorMapper(clock))
                .register(new NetSuiteSigningFilter(new OAuth1Signer(settings.credentials(), clock)))
                .build(service);
    }

    private static URI baseUri(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // answered below, as for any other unusable value
        }
        throw new RejectedCallException(SYSTEM, null, NOT_CONFIGURED,
                "NetSuite is not configured: " + NetSuiteSettings.PREFIX + "base-url is not an http(s) URL: " + baseUrl, null);
    }
}
