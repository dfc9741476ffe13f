package org.o2cbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time the bridge's JVM has used, in all and in its JIT compiler threads, read before and
 * after a wave: what a wave cost the bridge per order, and whether the JIT was still compiling
 * while it was measured (it competes for the cores with the bridge, the simulator and the
 * database). The process total comes from {@link ProcessHandle}; the compiler threads' share from
 * {@code /proc/<pid>/task/<tid>/stat} (Linux; counted in clock ticks of 10 ms, Linux's USER_HZ),
 * and is absent elsewhere.
 */
record BridgeCpu(Duration total, Duration compiler) {

    private static final long MILLIS_PER_TICK = 10;

    static BridgeCpu read(long pid) {
        Duration total = ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
        return new BridgeCpu(total, Duration.ofMillis(compilerTicks(pid) * MILLIS_PER_TICK));
    }

    /** Clock ticks of the threads named {@code C1 CompilerThre…} or {@code C2 CompilerThre…}; 0 where unreadable. */
    private static long compilerTicks(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                ticks += compilerTicksOf(thread.resolve("stat"));
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static long compilerTicksOf(Path stat) {
        try {
            String line = Files.readString(stat);
            String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            if (!name.matches("C[12] CompilerThre.*")) {
                return 0;
            }
            // after the name: state is field 3, utime field 14 and stime field 15 of proc(5)
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // a thread that ended meanwhile
        }
    }

    /** Milliseconds of the bridge's CPU per order between {@code before} and this reading. */
    double millisPerOrderSince(BridgeCpu before, int orders) {
        return (double) total.minus(before.total).toMillis() / orders;
    }

    /** Cores the JIT compiler took on average between {@code before} and this reading, over {@code elapsedMs}. */
    double compilerCoresSince(BridgeCpu before, long elapsedMs) {
        return (double) compiler.minus(before.compiler).toMillis() / elapsedMs;
    }
}
