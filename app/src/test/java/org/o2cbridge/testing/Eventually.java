package org.o2cbridge.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits, with a bound, for something the bridge does in the background, polling instead of sleeping blind. */
public final class Eventually {

    private Eventually() {
    }

    /** The first value that satisfies {@code done}; fails with the last value seen after {@code within}. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not " + what + " within " + within + "; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
            last = probe.get();
        }
        return last;
    }
}
