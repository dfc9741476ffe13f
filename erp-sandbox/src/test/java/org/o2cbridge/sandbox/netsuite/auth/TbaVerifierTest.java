package org.o2cbridge.sandbox.netsuite.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TbaVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
    private static final URI URL = URI.create("http://localhost:8080/sandbox/netsuite/services/rest/record/v1/salesOrder/eid:801A?expandSubResources=true");
    private static final TbaCredentials ACCOUNT = new TbaCredentials("1234567", "ck-demo", "cs-demo", "tk-demo", "ts-demo");

    private final TbaVerifier verifier = new TbaVerifier(ACCOUNT, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    /** Signs like a client would: the base string per RFC 5849, HMAC computed here with javax.crypto. */
    private static String header(String method, URI uri, Map<String, String> overrides, String consumerSecret) throws Exception {
        Map<String, String> oauth = new LinkedHashMap<>(Map.of(
                "oauth_consumer_key", "ck-demo", "oauth_token", "tk-demo", "oauth_signature_method", "HMAC-SHA256",
                "oauth_timestamp", String.valueOf(NOW.getEpochSecond()), "oauth_nonce", "nonce-1", "oauth_version", "1.0"));
        oauth.putAll(overrides);
        List<Map.Entry<String, String>> parameters = new ArrayList<>(OAuthSignature.formParameters(uri.getRawQuery()));
        parameters.addAll(oauth.entrySet());
        String base = OAuthSignature.baseString(method, uri, parameters);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((consumerSecret + "&ts-demo").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        oauth.put("oauth_signature", Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8))));
        return "OAuth realm=\"1234567\", " + oauth.entrySet().stream()
                .map(entry -> entry.getKey() + "=\"" + OAuthSignature.encode(entry.getValue()) + "\"")
                .collect(Collectors.joining(", "));
    }

    private static String header(Map<String, String> overrides) throws Exception {
        return header("PUT", URL, overrides, "cs-demo");
    }

    @Test
    void correctlySignedCallIsAccepted() throws Exception {
        assertEquals(Optional.empty(), verifier.verify("PUT", URL, header(Map.of())));
    }

    @Test
    void signatureMadeWithAnotherSecretIsRefused() throws Exception {
        assertEquals(Optional.of("signature does not match"), verifier.verify("PUT", URL, header("PUT", URL, Map.of(), "wrong")));
    }

    @Test
    void signatureOfAnotherMethodOrQueryIsRefused() throws Exception {
        String signed = header(Map.of());

        assertEquals(Optional.of("signature does not match"), verifier.verify("GET", URL, signed));
        assertEquals(Optional.of("signature does not match"), verifier.verify("PUT",
                URI.create(URL.toString().replace("true", "false")), signed));
    }

    @Test
    void replayedNonceIsRefusedTheSecondTime() throws Exception {
        String signed = header(Map.of("oauth_nonce", "once"));

        assertEquals(Optional.empty(), verifier.verify("PUT", URL, signed));
        assertEquals(Optional.of("nonce used before"), verifier.verify("PUT", URL, signed));
    }

    @Test
    void timestampMoreThanFiveMinutesOffIsRefusedEvenWhenSignedCorrectly() throws Exception {
        String old = header(Map.of("oauth_timestamp", String.valueOf(NOW.minusSeconds(301).getEpochSecond())));
        String future = header(Map.of("oauth_timestamp", String.valueOf(NOW.plusSeconds(301).getEpochSecond()), "oauth_nonce", "n2"));
        String edge = header(Map.of("oauth_timestamp", String.valueOf(NOW.minusSeconds(300).getEpochSecond()), "oauth_nonce", "n3"));

        assertTrue(verifier.verify("PUT", URL, old).orElseThrow().startsWith("timestamp is 301 s off"));
        assertTrue(verifier.verify("PUT", URL, future).isPresent());
        assertEquals(Optional.empty(), verifier.verify("PUT", URL, edge));
    }

    @Test
    void otherConsumerKeyTokenRealmOrHmacSha1IsRefused() throws Exception {
        assertEquals(Optional.of("unknown consumer key"), verifier.verify("PUT", URL, header(Map.of("oauth_consumer_key", "other"))));
        assertEquals(Optional.of("unknown token"), verifier.verify("PUT", URL, header(Map.of("oauth_token", "other"))));
        assertEquals(Optional.of("realm is not the account id"),
                verifier.verify("PUT", URL, header(Map.of()).replace("realm=\"1234567\"", "realm=\"7654321\"")));
        assertEquals(Optional.of("signature method HMAC-SHA1 is not accepted"),
                verifier.verify("PUT", URL, header(Map.of("oauth_signature_method", "HMAC-SHA1"))));
    }

    @Test
    void missingOrMalformedHeaderIsRefused() throws Exception {
        assertTrue(verifier.verify("PUT", URL, null).isPresent());
        assertTrue(verifier.verify("PUT", URL, "Bearer abc").isPresent());
        assertTrue(verifier.verify("PUT", URL, "OAuth realm=\"1234567\", oauth_consumer_key=ck-demo").isPresent());
        assertEquals(Optional.of("oauth_signature missing"),
                verifier.verify("PUT", URL, header(Map.of()).replaceAll(", oauth_signature=\"[^\"]*\"", "")));
    }

    @Test
    void credentialsNeverShowTheirSecrets() {
        assertTrue(!ACCOUNT.toString().contains("cs-demo") && !ACCOUNT.toString().contains("ts-demo"));
    }
}
