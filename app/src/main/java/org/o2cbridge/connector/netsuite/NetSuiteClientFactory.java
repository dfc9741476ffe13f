package org.o2cbridge.connector.netsuite;

import jakarta.ws.rs.Priorities;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.governance.CallPermits;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * Builds the NetSuite Rest Client from the settings: the account's base URL, connect and read
 * timeouts always set, MicroProfile's default error mapper replaced by {@link NetSuiteErrorMapper},
 * and every request given its concurrency slot ({@link NetSuiteSlotFilter}) and then signed by
 * {@link NetSuiteSigningFilter}. Incomplete settings are a rejected
 * call that names the missing keys, never their values.
 */
final class NetSuiteClientFactory {

    static final String NOT_CONFIGURED = "NOT_CONFIGURED";

    private NetSuiteClientFactory() {
    }

    /**
     * A client of one of NetSuite's REST services ({@link NetSuiteRecordClient},
     * {@link NetSuiteQueryClient}) whose requests take their concurrency slot from {@code permits}
     * as they go out (then running {@code sent}): every call through it must run in
     * {@link CallPermits#callOnSend}.
     */
    static <C> C build(NetSuiteSettings settings, Clock clock, CallPermits permits, Runnable sent, Class<C> service) {
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
                // the slot first, then the signature: a wait for a slot never ages the signed timestamp
                .register(new NetSuiteSlotFilter(permits, sent), Priorities.USER - 1)
                .register(new NetSuiteSigningFilter(new OAuth1Signer(settings.credentials(), clock)), Priorities.USER)
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
