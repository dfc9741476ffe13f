package org.o2cbridge.sandbox.traffic;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * Runs every call of a simulated API through its traffic handling before the API sees it: counts
 * it, lets the system authenticate it, then refuses it (throttle or 503 in the system's own error
 * shape), serves it with its answer sent when its latency has passed (its own work included in the
 * latency), hangs before serving it (timeout), or serves it and then drops the connection without
 * an answer (lost response). The control API is never filtered.
 */
public abstract class SimulatedApiFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SimulatedApiFilter.class.getName());

    @Inject
    SandboxTraffic traffic;

    /** The system name, as in {@link SandboxTraffic}. */
    protected abstract String system();

    /** A short name of the call for the counters, such as {@code PUT salesOrder}. */
    protected abstract String operation(HttpServletRequest request);

    /** Checks the caller; on refusal writes the answer itself and answers false. */
    protected boolean authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return true;
    }

    /** Writes the system's answer to a throttled or unavailable call. */
    protected abstract void refuse(Admission admission, HttpServletResponse response) throws IOException;

    /** As {@link #refuse(Admission, HttpServletResponse)}, for a system whose answer depends on the call. */
    protected void refuse(Admission admission, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        refuse(admission, response);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TrafficControl control = traffic.of(system());
        String operation = operation(request);
        control.arrived(operation);
        if (!authenticate(request, response)) {
            return;
        }
        try (Admission admission = control.admit(operation)) {
            if (admission.refused()) {
                refuse(admission, request, response);
                return;
            }
            if (admission.fault() == Fault.NONE) {
                serveAfterLatency(admission.delayMillis(), request, response, chain);
                return;
            }
            pause(admission.delayMillis());
            if (admission.fault() == Fault.LOST_RESPONSE) {
                serveAndDrop(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    /**
     * Serves the call so that its answer leaves {@code latencyMillis} after admission: the call's
     * own work happens within the latency (its answer held back meanwhile), so the call takes the
     * latency it is configured with, or longer only when its work does.
     */
    private static void serveAfterLatency(long latencyMillis, HttpServletRequest request, HttpServletResponse response,
                                          FilterChain chain) throws IOException, ServletException {
        if (latencyMillis <= 0) {
            chain.doFilter(request, response);
            return;
        }
        long answerAt = System.nanoTime() + latencyMillis * 1_000_000;
        HeldResponse held = new HeldResponse(response);
        chain.doFilter(request, held);
        long left = answerAt - System.nanoTime();
        if (left > 0) {
            pauseNanos(left);
        }
        held.release();
    }

    private void serveAndDrop(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new DiscardingResponse(response));
        if (ConnectionDrop.drop(request)) {
            LOG.fine(() -> "Dropped the connection of " + request.getMethod() + " " + request.getRequestURI());
            return;
        }
        response.reset();
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setContentLength(1024);
        response.getOutputStream().write("{".getBytes(StandardCharsets.US_ASCII));
        response.flushBuffer();
    }

    /** Writes a JSON body with a status, and {@code Retry-After} when one is given. */
    protected static void writeJson(HttpServletResponse response, int status, String contentType, String body,
                                    Integer retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void pause(long millis) {
        if (millis > 0) {
            pauseNanos(millis * 1_000_000);
        }
    }

    /** Waits {@code nanos} (to the tens of microseconds, where {@code Thread.sleep} rounds up to whole milliseconds). */
    private static void pauseNanos(long nanos) {
        long until = System.nanoTime() + nanos;
        for (long left = nanos; left > 0 && !Thread.currentThread().isInterrupted(); left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
