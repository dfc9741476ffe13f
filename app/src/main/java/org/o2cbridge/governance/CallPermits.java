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

    /**
     * Runs {@code call}, whose HTTP request takes its slot only as it goes out: the client's last
     * request filter calls {@link #sending} on the same thread, so the client's own preparation of
     * the request (building it from the interface method, its other filters) holds no slot either.
     * The slot, once taken, is given back when {@code call} returns or fails. A request of the
     * system that goes out with no such call in progress on its thread is refused by
     * {@link #sending}, so none can leave without a slot.
     */
    default <T> T callOnSend(String system, Supplier<T> call) {
        return call(system, call);
    }

    /**
     * Takes the slot of the {@link #callOnSend} in progress on this thread, waiting for one as
     * {@link #call} does; called by the HTTP client as the request goes out. Nothing more when the
     * call holds its slot already (a second request within the same call).
     *
     * @throws PermitUnavailableException when no slot comes free in time
     * @throws IllegalStateException when no call of {@code system} is in progress on this thread
     */
    default void sending(String system) {
    }

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
