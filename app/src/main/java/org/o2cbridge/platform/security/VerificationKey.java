package org.o2cbridge.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RSA public key that bearer tokens are verified with ({@code mp.jwt.verify.publickey.location},
 * or the key itself in {@code mp.jwt.verify.publickey}): a PEM public key ({@code -----BEGIN PUBLIC
 * KEY-----}) or a JWK / JWK set. It is parsed once and kept; its source is read again at most once
 * per check interval, and the key is parsed again only when the text has changed, so a key rotated
 * in place is in use within the interval, without a restart. A source that cannot be read or parsed
 * leaves no key: every token is refused until it can be read again.
 */
final class VerificationKey {

    private static final Logger LOG = Logger.getLogger(VerificationKey.class.getName());

    /** How the key's text is read: a file, any other URL, or the configured text itself. */
    interface Source {
        byte[] read() throws IOException;

        String describe();
    }

    /** The current key with the text it came from; {@code key} is null when the text was not a key. */
    record Loaded(byte[] text, RSAPublicKey key) {
    }

    private final Source source;
    private final long checkIntervalNanos;
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    private volatile Loaded loaded;
    private volatile long nextCheck;

    VerificationKey(Source source, Duration checkInterval, LongSupplier nanoTime) {
        this.source = source;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The key of {@code location} (a {@code file:} URL, a file path, a class path resource or a URL). */
    static VerificationKey at(String location, Duration checkInterval) {
        return new VerificationKey(sourceOf(location), checkInterval, System::nanoTime);
    }

    /** The key written in the configuration itself: it never changes. */
    static VerificationKey of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new VerificationKey(new Source() {
            @Override
            public byte[] read() {
                return bytes;
            }

            @Override
            public String describe() {
                return "mp.jwt.verify.publickey";
            }
        }, Duration.ofDays(365_000), System::nanoTime);
    }

    /**
     * The key to verify with, or null when there is none. The same object is answered for as long
     * as the source's text stays the same, so it identifies the key a token was verified with.
     */
    RSAPublicKey current() {
        Loaded now = loaded;
        if (now == null || nanoTime.getAsLong() - nextCheck >= 0) {
            now = refresh();
        }
        return now.key();
    }

    private Loaded refresh() {
        synchronized (lock) {
            Loaded now = loaded;
            long time = nanoTime.getAsLong();
            if (now != null && time - nextCheck < 0) {
                return now;
            }
            byte[] text;
            try {
                text = source.read();
            } catch (IOException | RuntimeException e) {
                if (now == null || now.key() != null) {
                    LOG.log(Level.WARNING, "Cannot read the bearer token key from " + source.describe()
                            + "; every token is refused until it can be read", e);
                }
                text = new byte[0];
            }
            if (now == null || !Arrays.equals(now.text(), text)) {
                now = new Loaded(text, text.length == 0 ? null : parse(text));
                if (now.key() != null && loaded != null) {
                    LOG.info("The bearer token key changed (" + source.describe() + "); using the new key");
                }
                loaded = now;
            }
            nextCheck = time + checkIntervalNanos;
            return now;
        }
    }

    private RSAPublicKey parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        try {
            if (text.startsWith("{")) {
                List<JWK> keys = text.contains("\"keys\"") ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
                for (JWK key : keys) {
                    if (key instanceof RSAKey rsa) {
                        return rsa.toRSAPublicKey();
                    }
                }
                throw new IllegalArgumentException("no RSA key in the JWK set");
            }
            String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The bearer token key at " + source.describe()
                    + " is not an RSA public key (PEM or JWK); every token is refused until it is", e);
            return null;
        }
    }

    private static Source sourceOf(String location) {
        String where = location.strip();
        if (where.startsWith("file:")) {
            return fileSource(Path.of(URI.create(where)), where);
        }
        if (where.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !where.startsWith("classpath:")) {
            return new Source() {
                @Override
                public byte[] read() throws IOException {
                    try (InputStream in = new URL(where).openStream()) {
                        return in.readAllBytes();
                    }
                }

                @Override
                public String describe() {
                    return where;
                }
            };
        }
        String resource = where.startsWith("classpath:") ? where.substring("classpath:".length()) : where;
        Path file = Path.of(resource);
        return new Source() {
            @Override
            public byte[] read() throws IOException {
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
                String name = resource.startsWith("/") ? resource.substring(1) : resource;
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = (loader != null ? loader : VerificationKey.class.getClassLoader())
                        .getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("no such file or class path resource: " + where);
                    }
                    return in.readAllBytes();
                }
            }

            @Override
            public String describe() {
                return where;
            }
        };
    }

    private static Source fileSource(Path file, String where) {
        return new Source() {
            @Override
            public byte[] read() throws IOException {
                return Files.readAllBytes(file);
            }

            @Override
            public String describe() {
                return where;
            }
        };
    }
}
