package org.o2cbridge.connector.salesforce;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.o2cbridge.connector.RejectedCallException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The assertion of Salesforce's OAuth 2.0 JWT bearer flow: header {@code {"alg":"RS256"}}, claims
 * {@code iss} (the connected app's consumer key), {@code sub} (the integration user), {@code aud}
 * (the login host) and {@code exp} two minutes ahead — Salesforce refuses more than three, and
 * two leaves room for clocks that differ. It is signed with the private key from a PKCS#8 PEM
 * file, read for each assertion so a key created or replaced after start-up is used. A missing or
 * unreadable key is a {@link RejectedCallException} naming the setting; the key and the assertion
 * never appear in a message.
 */
public class JwtBearerAssertion {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    private final SalesforceSettings settings;

    public JwtBearerAssertion(SalesforceSettings settings) {
        this.settings = settings;
    }

    /** A signed, serialised assertion valid from {@code now}. */
    public String sign(Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.consumerKey())
                .subject(settings.username())
                .audience(settings.audience())
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey()));
        } catch (JOSEException e) {
            throw keyProblem("cannot sign with the key in " + SalesforceSettings.PRIVATE_KEY, e);
        }
        return jwt.serialize();
    }

    private PrivateKey privateKey() {
        Path file = settings.privateKey().orElseThrow(() ->
                keyProblem("no private key configured: set " + SalesforceSettings.PRIVATE_KEY
                        + " to the PKCS#8 PEM file of the connected app's certificate", null));
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw keyProblem("the private key file named by " + SalesforceSettings.PRIVATE_KEY
                    + " does not exist: " + file, e);
        } catch (IOException e) {
            throw keyProblem("cannot read the private key file named by " + SalesforceSettings.PRIVATE_KEY
                    + ": " + file, e);
        }
        return parsePkcs8(pem, file);
    }

    private PrivateKey parsePkcs8(String pem, Path file) {
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw keyProblem("the file named by " + SalesforceSettings.PRIVATE_KEY
                    + " is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----): " + file, null);
        }
        String base64 = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end);
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw keyProblem("the file named by " + SalesforceSettings.PRIVATE_KEY
                    + " does not hold a readable RSA private key: " + file, null);
        }
    }

    private static RejectedCallException keyProblem(String detail, Throwable cause) {
        return new RejectedCallException(SalesforceHttp.SYSTEM, null, "PRIVATE_KEY", detail, cause);
    }
}
