package org.o2cbridge.sandbox.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o2cbridge.sandbox.TestKeys;
import org.o2cbridge.sandbox.platform.PemKeyFile.KeyFileException;

class PemKeyFileTest {

    private static final String PROPERTY = "o2c.sandbox.salesforce.org-private-key";

    @TempDir
    Path dir;

    @Test
    void readsThePrivateAndPublicKeysOfPemFiles() throws Exception {
        KeyPair keys = TestKeys.rsa();
        Path privatePem = TestKeys.writePrivatePem(keys, dir.resolve("private.pem"));
        Path publicPem = TestKeys.writePublicPem(keys, dir.resolve("public.pem"));

        assertEquals(keys.getPrivate(), new PemKeyFile(PROPERTY, Optional.of(privatePem.toString())).privateKey());
        assertEquals(keys.getPublic(), new PemKeyFile(PROPERTY, Optional.of(publicPem.toString())).publicKey());
    }

    @Test
    void anUnsetPropertyIsReportedByName() {
        KeyFileException e = assertThrows(KeyFileException.class, () -> new PemKeyFile(PROPERTY, Optional.empty()).privateKey());
        assertTrue(e.getMessage().contains("set " + PROPERTY), e.getMessage());
    }

    @Test
    void aMissingFileIsReportedWithItsPathAndProperty() {
        String missing = dir.resolve("absent.pem").toString();
        KeyFileException e = assertThrows(KeyFileException.class, () -> new PemKeyFile(PROPERTY, Optional.of(missing)).privateKey());
        assertTrue(e.getMessage().contains(missing) && e.getMessage().contains(PROPERTY), e.getMessage());
    }

    @Test
    void aPublicKeyFileGivenWhereAPrivateKeyIsExpectedIsRefused() throws Exception {
        Path publicPem = TestKeys.writePublicPem(TestKeys.rsa(), dir.resolve("public.pem"));
        KeyFileException e = assertThrows(KeyFileException.class,
                () -> new PemKeyFile(PROPERTY, Optional.of(publicPem.toString())).privateKey());
        assertTrue(e.getMessage().contains("-----BEGIN PRIVATE KEY-----"), e.getMessage());
    }

    @Test
    void aPkcs1KeyGetsAConversionHint() throws Exception {
        Path pkcs1 = Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        KeyFileException e = assertThrows(KeyFileException.class, () -> new PemKeyFile(PROPERTY, Optional.of(pkcs1.toString())).privateKey());
        assertTrue(e.getMessage().contains("openssl pkcs8"), e.getMessage());
    }
}
