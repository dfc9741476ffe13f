package org.o2cbridge.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Prepares what the integration suite's Payara Micro needs before Arquillian starts it: fresh demo
 * keys, a fresh database (the embedded H2 file or a new PostgreSQL database, per the failsafe
 * execution's {@code o2c.it.db}), and the JVM and Payara options that point the bridge and the
 * sandbox at them. Does nothing in unit-test runs.
 */
public class IntegrationEnvironment implements LauncherSessionListener {

    /** Passwords of the integration run's operator and viewer users (made up per run). */
    public static final String OPERATOR_PASSWORD = "op-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    public static final String VIEWER_PASSWORD = "vw-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

    /**
     * An operator whose console sessions expire after {@link #BRIEF_SESSION} of inactivity, so that a
     * test sees a session time out while everyone else's keep the default.
     */
    public static final String BRIEF_USER = "brief";
    public static final String BRIEF_PASSWORD = "br-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    public static final Duration BRIEF_SESSION = Duration.ofSeconds(8);

    /** The sandbox OpenID provider's client secret and users of the integration run (made up per run). */
    public static final String OIDC_CLIENT_SECRET = "oidc-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    public static final String OIDC_OPERATOR = "sso-operator";
    public static final String OIDC_OUTSIDER = "sso-outsider";
    public static final String OIDC_PASSWORD = "sso-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    public static final String OIDC_PROVIDER_NAME = "Sandbox SSO";

    /**
     * How the suite's bridge lingers over Salesforce write-backs: its defaults, set here so that
     * tests can derive from them how many calls a load may take.
     */
    public static final Duration WRITE_BACK_QUIET = Duration.ofMillis(500);
    public static final Duration WRITE_BACK_MAX_LINGER = Duration.ofSeconds(20);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String db = System.getProperty("o2c.it.db");
        if (db == null || System.getProperty("o2c.it.jvm-options") != null) {
            return;
        }
        Path work = Path.of(System.getProperty("o2c.it.work-dir"), db);
        deleteRecursively(work);
        TestKeys keys = TestKeys.generate(work.resolve("keys"));
        TestDatabase database = TestDatabase.prepare(db, work);
        if (database == null) {
            return;
        }
        TestDatabase.register(database);
        int port = freePort();
        String server = "http://localhost:" + port;
        System.setProperty("o2c.it.server-url", server);
        Properties settings = BridgeSettings.of(database, keys, server);
        settings.setProperty("o2c.sandbox.salesforce.org-private-key", keys.orgPrivateKey().toString());
        settings.setProperty("o2c.sandbox.salesforce.connected-app-public-key", keys.bridgePublicKey().toString());
        settings.setProperty("o2c.salesforce.write-back-quiet-ms", Long.toString(WRITE_BACK_QUIET.toMillis()));
        settings.setProperty("o2c.salesforce.write-back-max-linger-ms", Long.toString(WRITE_BACK_MAX_LINGER.toMillis()));
        // the suite starts its jobs itself: a nightly firing must not run in the middle of a test
        settings.setProperty("o2c.jobs.schedules.enabled", "false");
        settings.setProperty("o2c.security.users", "operator,viewer," + BRIEF_USER);
        settings.setProperty("o2c.security.user.operator.roles", "o2c-operator");
        settings.setProperty("o2c.security.user.operator.password", OPERATOR_PASSWORD);
        settings.setProperty("o2c.security.user.viewer.roles", "o2c-viewer");
        settings.setProperty("o2c.security.user.viewer.password", VIEWER_PASSWORD);
        settings.setProperty("o2c.security.user." + BRIEF_USER + ".roles", "o2c-operator");
        settings.setProperty("o2c.security.user." + BRIEF_USER + ".password", BRIEF_PASSWORD);
        settings.setProperty("o2c.security.user." + BRIEF_USER + ".session-timeout", BRIEF_SESSION.toString());
        // the console's OpenID sign-in against the sandbox's provider, in the same server
        settings.setProperty("o2c.console.oidc.issuer", server + "/sandbox/oidc");
        settings.setProperty("o2c.console.oidc.client-id", "o2c-console");
        settings.setProperty("o2c.console.oidc.client-secret", OIDC_CLIENT_SECRET);
        settings.setProperty("o2c.console.oidc.provider-name", OIDC_PROVIDER_NAME);
        settings.setProperty("o2c.sandbox.oidc.client-id", "o2c-console");
        settings.setProperty("o2c.sandbox.oidc.client-secret", OIDC_CLIENT_SECRET);
        settings.setProperty("o2c.sandbox.oidc.redirect-uris", server + "/console/oidc/callback");
        settings.setProperty("o2c.sandbox.oidc.users", OIDC_OPERATOR + ":" + OIDC_PASSWORD + ":staff|o2c-operators,"
                + OIDC_OUTSIDER + ":" + OIDC_PASSWORD + ":staff");
        Path settingsFile = write(work.resolve("system.properties"), settings);
        System.setProperty("o2c.it.jvm-options", String.join(" ",
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
                "-Djava.io.tmpdir=" + work.resolve("tmp")));
        System.setProperty("o2c.it.micro-options", "--port " + port + " --systemproperties " + settingsFile
                + " --prebootcommandfile " + System.getProperty("o2c.it.pre-boot-commands")
                + " --deploy " + System.getProperty("o2c.it.sandbox-war"));
        createDirectory(work.resolve("tmp"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.registered().ifPresent(TestDatabase::dropIfOwned);
    }

    private static Path write(Path file, Properties settings) {
        try (var out = Files.newOutputStream(file)) {
            settings.store(out, "settings of one integration run");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
