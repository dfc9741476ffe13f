package org.o2cbridge.connector.netsuite;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NetSuite's side of TBA, written apart from the production signer (JDK URL encoding patched to
 * RFC 3986, its own parsing and sorting): recomputes the HMAC-SHA256 signature of a received
 * request and compares it with the one in its {@code Authorization} header.
 */
final class TbaSignatureCheck {

    private static final Pattern PARAMETER = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    private final String realm;
    private final String consumerKey;
    private final String consumerSecret;
    private final String tokenId;
    private final String tokenSecret;

    TbaSignatureCheck(String realm, String consumerKey, String consumerSecret, String tokenId, String tokenSecret) {
        this.realm = realm;
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.tokenId = tokenId;
        this.tokenSecret = tokenSecret;
    }

    /** Whether the header is a valid HMAC-SHA256 TBA signature of this method and URL by our integration. */
    boolean accepts(String method, String baseUrl, URI requestUri, String authorization) throws Exception {
        if (authorization == null || !authorization.startsWith("OAuth ")) {
            return false;
        }
        Map<String, String> header = new TreeMap<>();
        Matcher matcher = PARAMETER.matcher(authorization);
        while (matcher.find()) {
            header.put(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
        }
        if (!realm.equals(header.get("realm")) || !consumerKey.equals(header.get("oauth_consumer_key"))
                || !tokenId.equals(header.get("oauth_token")) || !"HMAC-SHA256".equals(header.get("oauth_signature_method"))
                || !"1.0".equals(header.get("oauth_version"))) {
            return false;
        }
        List<String[]> pairs = new ArrayList<>();
        header.forEach((name, value) -> {
            if (name.startsWith("oauth_") && !name.equals("oauth_signature")) {
                pairs.add(new String[] {rfc3986(name), rfc3986(value)});
            }
        });
        if (requestUri.getRawQuery() != null) {
            for (String pair : requestUri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                pairs.add(new String[] {rfc3986(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8)),
                        rfc3986(nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "")});
            }
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        String normalized = String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
        String base = method + "&" + rfc3986(baseUrl + requestUri.getRawPath()) + "&" + rfc3986(normalized);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((rfc3986(consumerSecret) + "&" + rfc3986(tokenSecret)).getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        byte[] expected = mac.doFinal(base.getBytes(StandardCharsets.UTF_8));
        String sent = header.get("oauth_signature");
        return sent != null && MessageDigest.isEqual(expected, Base64.getDecoder().decode(sent));
    }

    private static String rfc3986(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
