package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks a JWT bearer assertion the way Salesforce does, with the JDK's own RSA verifier and JSON
 * reader rather than the library that signed it: header exactly {@code {"alg":"RS256"}}, a
 * signature made with the connected app's key, the expected {@code iss}, {@code sub} and
 * {@code aud}, and an {@code exp} in the future but at most three minutes ahead.
 */
final class AssertionCheck {

    private final PublicKey publicKey;
    private final String issuer;
    private final String subject;
    private final String audience;

    AssertionCheck(PublicKey publicKey, String issuer, String subject, String audience) {
        this.publicKey = publicKey;
        this.issuer = issuer;
        this.subject = subject;
        this.audience = audience;
    }

    /** Why Salesforce would refuse the assertion, or empty when it would accept it. */
    Optional<String> refusal(String assertion, Instant now) {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.of("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!header.equals(Json.createObjectBuilder().add("alg", "RS256").build())) {
            return Optional.of("header must be {\"alg\":\"RS256\"} but is " + header);
        }
        if (!signatureMatches(parts)) {
            return Optional.of("signature does not match the connected app's certificate");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(claims.getString("iss", null))) {
            return Optional.of("iss is " + claims.get("iss"));
        }
        if (!subject.equals(claims.getString("sub", null))) {
            return Optional.of("sub is " + claims.get("sub"));
        }
        if (!audience.equals(claims.getString("aud", null))) {
            return Optional.of("aud is " + claims.get("aud"));
        }
        return expiryRefusal(claims, now);
    }

    private static Optional<String> expiryRefusal(JsonObject claims, Instant now) {
        if (!claims.containsKey("exp") || claims.get("exp").getValueType() != JsonValue.ValueType.NUMBER) {
            return Optional.of("exp missing");
        }
        long exp = claims.getJsonNumber("exp").longValue();
        if (exp <= now.getEpochSecond()) {
            return Optional.of("expired");
        }
        if (exp > now.getEpochSecond() + 180) {
            return Optional.of("exp more than 3 minutes ahead");
        }
        return Optional.empty();
    }

    private boolean signatureMatches(String[] parts) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
