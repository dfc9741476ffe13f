package org.o2cbridge.connector.netsuite;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.o2cbridge.connector.netsuite.PercentEncoding.encode;

/**
 * Signs requests for NetSuite Token-Based Authentication: the OAuth 1.0a {@code Authorization}
 * header of RFC 5849 with HMAC-SHA256 and the account id as realm. The signature covers the
 * method, the base string URI (§3.4.1.2) and the sorted oauth and query parameters (§3.4.1.3);
 * the key is the encoded consumer secret and token secret. Nonces come from a SecureRandom and
 * timestamps from the injected clock. The secrets never leave this class except inside the MAC.
 */
public final class OAuth1Signer {

    /** Signature methods; NetSuite ended HMAC-SHA1 in 2023.1, so only tests use it for the RFC vectors. */
    enum Method {
        HMAC_SHA256("HMAC-SHA256", "HmacSHA256"),
        HMAC_SHA1("HMAC-SHA1", "HmacSHA1");

        final String oauthName;
        final String jcaName;

        Method(String oauthName, String jcaName) {
            this.oauthName = oauthName;
            this.jcaName = jcaName;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenCredentials credentials;
    private final Clock clock;
    private final Method method;
    private final Supplier<String> nonces;

    public OAuth1Signer(TokenCredentials credentials, Clock clock) {
        this(credentials, clock, Method.HMAC_SHA256, OAuth1Signer::randomNonce);
    }

    OAuth1Signer(TokenCredentials credentials, Clock clock, Method method, Supplier<String> nonces) {
        this.credentials = credentials;
        this.clock = clock;
        this.method = method;
        this.nonces = nonces;
    }

    /** The {@code Authorization} header value for this exact method and URI (query included). */
    public String authorization(String httpMethod, URI uri) {
        List<Map.Entry<String, String>> oauth = List.of(
                Map.entry("oauth_consumer_key", credentials.consumerKey()),
                Map.entry("oauth_token", credentials.tokenId()),
                Map.entry("oauth_nonce", nonces.get()),
                Map.entry("oauth_timestamp", Long.toString(clock.instant().getEpochSecond())),
                Map.entry("oauth_signature_method", method.oauthName),
                Map.entry("oauth_version", "1.0"));
        String signature = sign(baseString(httpMethod, uri, oauth));
        StringBuilder header = new StringBuilder("OAuth realm=\"").append(credentials.realm()).append('"');
        for (Map.Entry<String, String> parameter : oauth) {
            header.append(", ").append(parameter.getKey()).append("=\"").append(encode(parameter.getValue())).append('"');
        }
        return header.append(", oauth_signature=\"").append(encode(signature)).append('"').toString();
    }

    /** The base64 signature of a signature base string with this signer's key (RFC 5849 §3.4.2). */
    String sign(String baseString) {
        String key = encode(credentials.consumerSecret()) + "&" + encode(credentials.tokenSecret());
        try {
            Mac mac = Mac.getInstance(method.jcaName);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), method.jcaName));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(method.jcaName + " is not available in this JVM", e);
        }
    }

    /**
     * The signature base string (RFC 5849 §3.4.1): method, base string URI and the normalized
     * parameters, which are the URI's query parameters plus {@code otherParameters} (the oauth_*
     * parameters, and form body parameters where a request has them).
     */
    static String baseString(String httpMethod, URI uri, List<Map.Entry<String, String>> otherParameters) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>(queryParameters(uri));
        parameters.addAll(otherParameters);
        return httpMethod.toUpperCase(Locale.ROOT) + "&" + encode(baseStringUri(uri)) + "&"
                + encode(normalizedParameters(parameters));
    }

    /** RFC 5849 §3.4.1.2: lower-case scheme and host, default port dropped, no query or fragment. */
    static String baseStringUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    /** RFC 5849 §3.4.1.3.2: each name and value encoded, sorted by name then value, joined by {@code &}. */
    static String normalizedParameters(List<Map.Entry<String, String>> parameters) {
        return parameters.stream()
                .map(p -> Map.entry(encode(p.getKey()), encode(p.getValue())))
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(p -> p.getKey() + "=" + p.getValue())
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
    }

    /** The decoded query parameters (RFC 5849 §3.4.1.3.1: form-urlencoded decoding). */
    static List<Map.Entry<String, String>> queryParameters(URI uri) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        return parameters;
    }

    private static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
