package org.o2cbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The key pairs of one integration run, written as PEM files like the run script's demo keys: the
 * Salesforce org's (signs the package's callouts, verified by the bridge) and the bridge's (signs
 * its JWT bearer assertions to Salesforce, verified by the sandbox).
 */
public record TestKeys(Path orgPrivateKey, Path orgPublicKey, Path bridgePrivateKey, Path bridgePublicKey) {

    private static volatile TestKeys current;

    static TestKeys generate(Path dir) {
        try {
            Files.createDirectories(dir);
            TestKeys keys = new TestKeys(dir.resolve("salesforce-org-private.pem"), dir.resolve("salesforce-org-public.pem"),
                    dir.resolve("bridge-private.pem"), dir.resolve("bridge-public.pem"));
            writePair(keys.orgPrivateKey, keys.orgPublicKey);
            writePair(keys.bridgePrivateKey, keys.bridgePublicKey);
            current = keys;
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of this integration run. */
    public static TestKeys get() {
        if (current == null) {
            throw new IllegalStateException("no integration keys generated");
        }
        return current;
    }

    public RSAPrivateKey orgSigningKey() {
        return readPrivate(orgPrivateKey);
    }

    static RSAPrivateKey readPrivate(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePair(Path privatePem, Path publicPem) throws IOException {
        KeyPair pair = newPair();
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
