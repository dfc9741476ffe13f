package org.o2cbridge.sandbox.netsuite.auth;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a request signing per RFC 5849: the signature base string (§3.4.1) from the method, the
 * base string URI (lower-case scheme and host, no default port, no query) and the normalized
 * parameters (every parameter name and value percent-encoded per §3.6, sorted by name then value),
 * and the HMAC signature keyed by the encoded consumer secret and token secret joined by {@code &}.
 */
public final class OAuthSignature {

    public static final String HMAC_SHA256 = "HMAC-SHA256";
    public static final String HMAC_SHA1 = "HMAC-SHA1";

    private OAuthSignature() {
    }

    /** The signature base string; {@code parameters} are decoded name/value pairs, repeats allowed. */
    public static String baseString(String method, URI uri, List<Map.Entry<String, String>> parameters) {
        String normalized = parameters.stream()
                .map(parameter -> Map.entry(encode(parameter.getKey()), encode(parameter.getValue())))
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
        return method.toUpperCase(Locale.ROOT) + "&" + encode(baseStringUri(uri)) + "&" + encode(normalized);
    }

    /** Scheme and host in lower case, the port only when not the scheme's default, the raw path. */
    public static String baseStringUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    /** The pairs of an {@code application/x-www-form-urlencoded} string such as a query, decoded. */
    public static List<Map.Entry<String, String>> formParameters(String encoded) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
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

    /** The Base64 signature of a base string with {@code HMAC-SHA256} or {@code HMAC-SHA1}. */
    public static String sign(String method, String baseString, String consumerSecret, String tokenSecret) {
        String algorithm = switch (method) {
            case HMAC_SHA256 -> "HmacSHA256";
            case HMAC_SHA1 -> "HmacSHA1";
            default -> throw new IllegalArgumentException("unsupported signature method " + method);
        };
        byte[] key = (encode(consumerSecret) + "&" + encode(tokenSecret)).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** Percent-encoding per RFC 5849 §3.6: everything but {@code A-Z a-z 0-9 - . _ ~}, as UTF-8. */
    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    /** Reverses {@link #encode}; a {@code +} stays a plus sign; bad escapes are an IllegalArgumentException. */
    public static String decode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
