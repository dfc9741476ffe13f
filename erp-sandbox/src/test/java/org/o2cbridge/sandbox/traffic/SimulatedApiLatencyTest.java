package org.o2cbridge.sandbox.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A simulated API's latency is the time a served call takes: its own work happens within the
 * latency, and nothing of the answer reaches the client before the latency has passed.
 */
class SimulatedApiLatencyTest {

    private static final long LATENCY_MILLIS = 150;
    private static final long WORK_MILLIS = 60;

    /** What the client side of a fake response saw: the status and the body, and when the first byte came. */
    private static final class Client {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final AtomicLong firstByteAt = new AtomicLong();
        int status = 200;

        ServletOutputStream stream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    firstByteAt.compareAndSet(0, System.nanoTime());
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }

        HttpServletResponse response() {
            ServletOutputStream stream = stream();
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getOutputStream" -> stream;
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "isCommitted" -> firstByteAt.get() != 0;
                        case "getCharacterEncoding" -> "UTF-8";
                        default -> null;
                    });
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(SimulatedApiLatencyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "PUT";
                    case "getRequestURI" -> "/netsuite/services/rest/record/v1/salesOrder/eid:1";
                    default -> null;
                });
    }

    private static SimulatedApiFilter filter(long latencyMillis) {
        SimulatedApiFilter filter = new SimulatedApiFilter() {
            @Override
            protected String system() {
                return SandboxTraffic.NETSUITE;
            }

            @Override
            protected String operation(HttpServletRequest request) {
                return "PUT salesOrder";
            }

            @Override
            protected void refuse(Admission admission, HttpServletResponse response) {
                throw new AssertionError("no call is refused here");
            }
        };
        filter.traffic = new SandboxTraffic(0, 0, 5, latencyMillis, 0, 0, 0, 0);
        return filter;
    }

    @Test
    void theCallsOwnWorkHappensWithinTheLatencyAndTheAnswerLeavesWhenItHasPassed() throws Exception {
        Client client = new Client();
        AtomicLong workStartedAt = new AtomicLong();
        AtomicLong workEndedAt = new AtomicLong();
        FilterChain work = (request, response) -> {
            workStartedAt.set(System.nanoTime());
            sleep(WORK_MILLIS);
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(204);
            http.getOutputStream().write("written".getBytes(StandardCharsets.UTF_8));
            http.flushBuffer();
            workEndedAt.set(System.nanoTime());
        };

        SimulatedApiFilter filter = filter(LATENCY_MILLIS);
        long started = System.nanoTime();
        filter.doFilter(request(), client.response(), work);
        long ended = System.nanoTime();

        assertEquals(204, client.status);
        assertEquals("written", client.body.toString(StandardCharsets.UTF_8), "the whole answer is sent");
        assertTrue(workStartedAt.get() - started < TimeUnit.MILLISECONDS.toNanos(LATENCY_MILLIS),
                "the call's work starts within the latency, not after it");
        assertTrue(client.firstByteAt.get() > workEndedAt.get(), "not a byte leaves while the call is at work, "
                + "even when it flushes");
        assertTrue(client.firstByteAt.get() - started >= TimeUnit.MILLISECONDS.toNanos(LATENCY_MILLIS),
                "the answer leaves when the latency has passed: after "
                        + TimeUnit.NANOSECONDS.toMillis(client.firstByteAt.get() - started) + " ms");
        assertTrue(ended - started >= TimeUnit.MILLISECONDS.toNanos(LATENCY_MILLIS));
        JsonObject stats = filter.traffic.of(SandboxTraffic.NETSUITE).stats().toJson(Map.of());
        assertEquals(0, stats.getInt("currentConcurrency"), "the call's place is given back");
        assertTrue(stats.getJsonNumber("servedMillis").longValue() >= LATENCY_MILLIS);
    }

    @Test
    void aCallWhoseWorkTakesLongerThanTheLatencyAnswersWhenItsWorkIsDone() throws Exception {
        Client client = new Client();
        AtomicLong workEndedAt = new AtomicLong();
        FilterChain work = (request, response) -> {
            sleep(WORK_MILLIS);
            response.getWriter().write("slow");
            workEndedAt.set(System.nanoTime());
        };

        filter(WORK_MILLIS / 3).doFilter(request(), client.response(), work);

        assertEquals("slow", client.body.toString(StandardCharsets.UTF_8), "a writer's text is sent too");
        assertTrue(client.firstByteAt.get() >= workEndedAt.get());
    }

    @Test
    void withoutLatencyTheAnswerIsNotHeldBack() throws Exception {
        Client client = new Client();
        AtomicLong flushedAt = new AtomicLong();
        FilterChain work = (request, response) -> {
            response.getOutputStream().write('x');
            flushedAt.set(System.nanoTime());
            sleep(WORK_MILLIS);
        };

        filter(0).doFilter(request(), client.response(), work);

        assertTrue(client.firstByteAt.get() != 0 && client.firstByteAt.get() <= flushedAt.get(),
                "with no latency the call writes straight to the client");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
