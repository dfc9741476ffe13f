package org.o2cbridge.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Prepares what the integration suite's Payara Micro needs before Arquillian starts it: fresh demo
 * keys, a fresh database (the embedded H2 file or a new PostgreSQL database, per the failsafe
 * execution's {@code o2c.it.db}), and the JVM and Payara options that point the bridge and the
 * sandbox at them. Does nothing in unit-test runs.
 */
public class IntegrationEnvironment implements LauncherSessionListener {

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
        System.setProperty("o2c.it.jvm-options", String.join(" ",
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-Do2c.db.url=" + database.url(),
                "-Do2c.db.user=" + database.user(),
                "-Do2c.db.password=" + database.password(),
                "-Do2c.db.datasource-class=" + database.dataSourceClass(),
                "-Dmp.jwt.verify.publickey.location=" + keys.orgPublicKey().toUri(),
                "-Do2c.sandbox.salesforce.org-private-key=" + keys.orgPrivateKey(),
                "-Do2c.sandbox.salesforce.connected-app-public-key=" + keys.bridgePublicKey()));
        System.setProperty("o2c.it.micro-options", "--deploy " + System.getProperty("o2c.it.sandbox-war"));
        createDirectory(work.resolve("tmp"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.registered().ifPresent(TestDatabase::dropIfOwned);
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
