package org.o2cbridge.governance;

import java.util.function.Supplier;

/**
 * Runs one call to an external system inside one slot of that system's concurrency limit: the
 * slot is taken right before the request goes out and given back as soon as its answer (or
 * failure) is in, so bridge-side work never holds a slot and work that makes no call takes none.
 * When no slot comes free in time the call is not made and {@link PermitUnavailableException}
 * says so; adapters turn it into a retryable failure.
 */
public interface CallPermits {

    <T> T call(String system, Supplier<T> call);

    /** No limit at all: for adapters built outside the container. */
    static CallPermits unlimited() {
        return new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                return call.get();
            }
        };
    }
}
