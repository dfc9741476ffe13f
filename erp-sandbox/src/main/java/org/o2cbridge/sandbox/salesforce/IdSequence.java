package org.o2cbridge.sandbox.salesforce;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out new 18-character record ids for a key prefix ({@code 001} Account, {@code 801} Order,
 * {@code 802} OrderItem, {@code 005} User, {@code 00D} Organization). The twelve characters after
 * the prefix are a pod-like instance code, a reserved {@code 0} and nine base-62 digits of a
 * counter that starts from the start-up time in microseconds, so ids never repeat within a run nor
 * across restarts, even after a reset: the bridge keeps its own database between them.
 */
public final class IdSequence {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String INSTANCE = "Sb";
    private static final int DIGITS = 9;

    private final AtomicLong counter;

    public IdSequence(long start) {
        this.counter = new AtomicLong(start);
    }

    public static IdSequence startingNow() {
        return new IdSequence(System.currentTimeMillis() * 1000);
    }

    public String next(String keyPrefix) {
        if (keyPrefix.length() != 3) {
            throw new IllegalArgumentException("a key prefix has three characters");
        }
        return SalesforceId.to18(keyPrefix + INSTANCE + "0" + base62(counter.getAndIncrement()));
    }

    private static String base62(long value) {
        char[] digits = new char[DIGITS];
        long rest = value;
        for (int i = DIGITS - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (rest % 62));
            rest /= 62;
        }
        return new String(digits);
    }
}
