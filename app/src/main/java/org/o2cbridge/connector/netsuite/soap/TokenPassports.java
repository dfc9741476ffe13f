package org.o2cbridge.connector.netsuite.soap;

import org.o2cbridge.connector.netsuite.TokenCredentials;
import org.o2cbridge.connector.netsuite.generated.TokenPassport;
import org.o2cbridge.connector.netsuite.generated.TokenPassportSignature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Makes the {@code tokenPassport} header of a SuiteTalk SOAP call, as NetSuite documents token-based
 * authentication for SOAP: the signature is HMAC-SHA256 over
 * {@code account&consumerKey&token&nonce&timestamp} with the key {@code consumerSecret&tokenSecret},
 * base64-encoded. A new nonce and timestamp for every call; the secrets only enter the MAC.
 */
public final class TokenPassports {

    static final String ALGORITHM = "HMAC-SHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenCredentials credentials;
    private final Clock clock;
    private final Supplier<String> nonces;

    public TokenPassports(TokenCredentials credentials, Clock clock) {
        this(credentials, clock, TokenPassports::randomNonce);
    }

    TokenPassports(TokenCredentials credentials, Clock clock, Supplier<String> nonces) {
        this.credentials = credentials;
        this.clock = clock;
        this.nonces = nonces;
    }

    public TokenPassport next() {
        String nonce = nonces.get();
        long timestamp = clock.instant().getEpochSecond();
        TokenPassport passport = new TokenPassport();
        passport.setAccount(credentials.realm());
        passport.setConsumerKey(credentials.consumerKey());
        passport.setToken(credentials.tokenId());
        passport.setNonce(nonce);
        passport.setTimestamp(timestamp);
        TokenPassportSignature signature = new TokenPassportSignature();
        signature.setAlgorithm(ALGORITHM);
        signature.setValue(sign(String.join("&", credentials.realm(), credentials.consumerKey(),
                credentials.tokenId(), nonce, Long.toString(timestamp))));
        passport.setSignature(signature);
        return passport;
    }

    String sign(String baseString) {
        String key = credentials.consumerSecret() + "&" + credentials.tokenSecret();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
