package org.o2cbridge.sandbox.netsuite.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a NetSuite token-based authentication header (OAuth 1.0a) the way the account does: the
 * realm is the account id, the consumer key and token are the configured ones, the method is
 * HMAC-SHA256 (HMAC-SHA1 is no longer accepted), the timestamp is within the tolerance of now, the
 * signature over the request matches (compared in constant time), and the nonce was not used
 * before. Answers the reason of a refusal, for the log only: the caller always sees INVALID_LOGIN.
 */
public final class TbaVerifier {

    private final TbaCredentials credentials;
    private final Clock clock;
    private final Duration tolerance;
    private final Map<String, Long> seenNonces = new ConcurrentHashMap<>();
    private final AtomicLong lastPrune = new AtomicLong();

    public TbaVerifier(TbaCredentials credentials, Clock clock, Duration tolerance) {
        this.credentials = credentials;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /**
     * Verifies a call; {@code uri} is the URL as called (its query included). Answers empty when
     * the call is authenticated, else why not.
     */
    public Optional<String> verify(String method, URI uri, String authorization) {
        Optional<OAuthHeader> parsed = OAuthHeader.parse(authorization);
        if (parsed.isEmpty()) {
            return Optional.of("no readable OAuth Authorization header");
        }
        OAuthHeader header = parsed.get();
        Optional<String> refusal = checkParameters(header);
        if (refusal.isPresent()) {
            return refusal;
        }
        String expected = OAuthSignature.sign(OAuthSignature.HMAC_SHA256,
                OAuthSignature.baseString(method, uri, signedParameters(header, uri)),
                credentials.consumerSecret(), credentials.tokenSecret());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                header.get("oauth_signature").getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("signature does not match");
        }
        long timestamp = Long.parseLong(header.get("oauth_timestamp"));
        pruneNonces();
        if (seenNonces.putIfAbsent(header.get("oauth_nonce"), timestamp) != null) {
            return Optional.of("nonce used before");
        }
        return Optional.empty();
    }

    /**
     * Verifies the {@code tokenPassport} of a SOAP call: account, consumer key and token as
     * configured, HMAC-SHA256 over {@code account&consumerKey&token&nonce&timestamp}, a timestamp
     * within the tolerance and a nonce not used before. Answers empty when authenticated, else why not.
     */
    public Optional<String> verifyPassport(String account, String consumerKey, String token, String nonce,
                                           String timestamp, String signature, String algorithm) {
        if (account == null || !account.equalsIgnoreCase(credentials.accountId())) {
            return Optional.of("account is not the account id");
        }
        if (consumerKey == null || !same(consumerKey, credentials.consumerKey())) {
            return Optional.of("unknown consumer key");
        }
        if (token == null || !same(token, credentials.tokenId())) {
            return Optional.of("unknown token");
        }
        if (!OAuthSignature.HMAC_SHA256.equals(algorithm)) {
            return Optional.of("signature algorithm " + algorithm + " is not accepted");
        }
        if (nonce == null || nonce.isEmpty() || signature == null) {
            return Optional.of("nonce or signature missing");
        }
        Optional<String> late = checkTimestamp(timestamp);
        if (late.isPresent()) {
            return late;
        }
        String expected = OAuthSignature.sign(OAuthSignature.HMAC_SHA256,
                String.join("&", account, consumerKey, token, nonce, timestamp),
                credentials.consumerSecret(), credentials.tokenSecret());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("signature does not match");
        }
        pruneNonces();
        if (seenNonces.putIfAbsent(nonce, Long.parseLong(timestamp)) != null) {
            return Optional.of("nonce used before");
        }
        return Optional.empty();
    }

    private Optional<String> checkParameters(OAuthHeader header) {
        for (String required : List.of("oauth_consumer_key", "oauth_token", "oauth_signature_method",
                "oauth_timestamp", "oauth_nonce", "oauth_signature")) {
            if (header.get(required) == null || header.get(required).isEmpty()) {
                return Optional.of(required + " missing");
            }
        }
        if (header.realm() == null || !header.realm().equalsIgnoreCase(credentials.accountId())) {
            return Optional.of("realm is not the account id");
        }
        if (!same(header.get("oauth_consumer_key"), credentials.consumerKey())) {
            return Optional.of("unknown consumer key");
        }
        if (!same(header.get("oauth_token"), credentials.tokenId())) {
            return Optional.of("unknown token");
        }
        if (!OAuthSignature.HMAC_SHA256.equals(header.get("oauth_signature_method"))) {
            return Optional.of("signature method " + header.get("oauth_signature_method") + " is not accepted");
        }
        if (header.get("oauth_version") != null && !"1.0".equals(header.get("oauth_version"))) {
            return Optional.of("oauth_version is not 1.0");
        }
        return checkTimestamp(header.get("oauth_timestamp"));
    }

    private Optional<String> checkTimestamp(String value) {
        long timestamp;
        try {
            timestamp = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Optional.of("timestamp is not a number");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > tolerance.toSeconds()) {
            return Optional.of("timestamp is " + (now - timestamp) + " s off");
        }
        return Optional.empty();
    }

    /** The oauth_* parameters except the signature, plus the query parameters. */
    private static List<Map.Entry<String, String>> signedParameters(OAuthHeader header, URI uri) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>(OAuthSignature.formParameters(uri.getRawQuery()));
        header.parameters().forEach((name, value) -> {
            if (name.startsWith("oauth_") && !name.equals("oauth_signature")) {
                parameters.add(Map.entry(name, value));
            }
        });
        return parameters;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets nonces older than twice the tolerance, at most every ten seconds. */
    private void pruneNonces() {
        long now = clock.instant().getEpochSecond();
        long previous = lastPrune.get();
        if (now - previous >= 10 && lastPrune.compareAndSet(previous, now)) {
            long oldest = now - 2 * tolerance.toSeconds();
            seenNonces.values().removeIf(timestamp -> timestamp < oldest);
        }
    }

    public void forgetNonces() {
        seenNonces.clear();
    }
}
