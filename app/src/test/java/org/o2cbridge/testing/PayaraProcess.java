package org.o2cbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A Payara Micro started as its own process, for what the Arquillian container cannot do: several
 * servers at once and {@code kill -9}. It answers once {@code readyPath} answers 200.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private PayaraProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Payara Micro with the given WARs and system properties and waits until it is ready. */
    public static PayaraProcess start(String name, Path workDir, int port, List<Path> wars, Properties settings,
                                      String readyPath) {
        return start(name, workDir, port, wars, settings, readyPath, List.of());
    }

    /**
     * A bridge as {@code bin/run} starts it: with the pre-boot commands that keep the job
     * repository in the bridge's database, so job history survives a kill.
     */
    public static PayaraProcess startBridge(String name, Path workDir, int port, Properties settings) {
        return start(name, workDir, port, List.of(Path.of("target/ROOT.war")), settings, "health/ready",
                List.of("--prebootcommandfile", System.getProperty("o2c.it.pre-boot-commands")));
    }

    private static PayaraProcess start(String name, Path workDir, int port, List<Path> wars, Properties settings,
                                       String readyPath, List<String> microOptions) {
        try {
            Files.createDirectories(workDir);
            Path settingsFile = workDir.resolve(name + ".properties");
            try (var out = Files.newOutputStream(settingsFile)) {
                settings.store(out, name);
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.io.tmpdir=" + workDir, "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                    "-jar", System.getProperty("payara.microJar"),
                    "--nocluster", "--port", Integer.toString(port), "--systemproperties", settingsFile.toString()));
            command.addAll(microOptions);
            for (Path war : wars) {
                command.add("--deploy");
                command.add(war.toString());
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve(name + ".log").toFile()))
                    .start();
            PayaraProcess server = new PayaraProcess(process, port);
            try {
                server.awaitReady(readyPath, Duration.ofSeconds(180));
            } catch (RuntimeException | AssertionError notReady) {
                server.kill();
                throw notReady;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on now, for a server of a test's own. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private void awaitReady(String readyPath, Duration within) {
        Eventually.await(() -> process.isAlive() ? probe(readyPath) : -1, status -> status == 200 || status == -1,
                within, "ready at " + url(readyPath));
        if (!process.isAlive()) {
            throw new AssertionError("Payara Micro on port " + port + " stopped during start-up");
        }
    }

    private int probe(String path) {
        try {
            return HttpCalls.get(url(path), null).status();
        } catch (UncheckedIOException notYet) {
            return 0;
        }
    }

    /** Kills the process the hard way ({@code SIGKILL}): no shutdown hook, no clean-up. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
                        java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
