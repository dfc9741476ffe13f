package org.o2cbridge.sandbox.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * An RSA key kept in a PEM file named by a configuration property. Key files are created by the
 * start-up script after the sandbox may already be configured, so the file is read when the key is
 * first needed, and every problem (property unset, file missing, wrong PEM type) becomes a
 * {@link KeyFileException} that names the property, never a null key. Key material is never
 * included in messages.
 */
public final class PemKeyFile {

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private final String property;
    private final Optional<String> location;

    public PemKeyFile(String property, Optional<String> location) {
        this.property = property;
        this.location = location.map(String::strip).filter(path -> !path.isEmpty());
    }

    /** Reads a PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}). */
    public RSAPrivateKey privateKey() {
        byte[] der = read(PRIVATE_LABEL);
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyFileException(describe() + " does not hold an RSA private key in PKCS#8 form");
        }
    }

    /** Reads an X.509 SubjectPublicKeyInfo public key ({@code -----BEGIN PUBLIC KEY-----}). */
    public RSAPublicKey publicKey() {
        byte[] der = read(PUBLIC_LABEL);
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyFileException(describe() + " does not hold an RSA public key");
        }
    }

    private byte[] read(String label) {
        Path path = Path.of(location.orElseThrow(() -> new KeyFileException(
                "no key file configured: set " + property + " to the path of a PEM file")));
        String pem;
        try {
            pem = Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyFileException(describe() + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return decode(pem, label);
    }

    private byte[] decode(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new KeyFileException(describe() + " has no '" + begin + "' block"
                    + (pem.contains("RSA " + label) ? " (PKCS#1 found: convert it with 'openssl pkcs8 -topk8 -nocrypt' or 'openssl rsa -pubout')" : ""));
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(describe() + " has a '" + begin + "' block that is not valid Base64");
        }
    }

    private String describe() {
        return "the key file " + location.orElse("") + " (" + property + ")";
    }

    /** A key file that is not configured, missing, unreadable or of the wrong kind. */
    public static class KeyFileException extends RuntimeException {
        public KeyFileException(String message) {
            super(message);
        }
    }
}
