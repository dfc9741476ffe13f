package org.o2cbridge.bench;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on {@code POST /api/v1/order-events}, every order with a fresh order id and idempotency key,
 * {@code batch} orders per request (1, or as many as the Salesforce package puts in one callout
 * when many orders are activated at once).
 *
 * <ul>
 *   <li><b>Closed loop</b> (default): {@code clients} threads share one HTTP/1.1 client
 *       (keep-alive, so one connection per thread), each waiting for the answer before sending the
 *       next request. Measures how many events the bridge takes when it is kept busy.</li>
 *   <li><b>Open loop</b> ({@code --rate R}): requests leave at fixed times, R events per second
 *       whatever the answers do, and a request's latency counts from the time it was due to leave,
 *       so a stalled bridge cannot hide its backlog (no coordinated omission). Measures the latency
 *       at a given load.</li>
 * </ul>
 *
 * A warm-up comes first and is not counted. Counted are the requests that complete inside the
 * measured window; only a 202 that accepted every order of the request counts as accepted.
 */
final class AcceptanceLoad {

    /** Bound on the requests of one thread, whatever the window: the loop ends at whichever comes first. */
    private static final int MAX_REQUESTS_PER_CLIENT = 2_000_000;
    private static final String[] CATALOG = {"WID-100", "WID-200", "SVC-INSTALL"};

    private AcceptanceLoad() {
    }

    static void run(Map<String, String> options) throws Exception {
        if (options.containsKey("rate")) {
            runOpenLoop(options);
            return;
        }
        URI endpoint = URI.create(Bench.required(options, "bridge") + "/api/v1/order-events");
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "1"));
        long warmupNanos = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "5"))).toNanos();
        long windowNanos = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10"))).toNanos();
        String token = Tokens.mint(Path.of(Bench.required(options, "org-key")));

        CloseableHttpClient client = blockingClient(clients);
        long start = System.nanoTime();
        long windowStart = start + warmupNanos;
        long windowEnd = windowStart + windowNanos;
        AtomicLong failures = new AtomicLong();
        AtomicLong firstFailure = new AtomicLong();
        String[] failureText = new String[1];
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[MAX_REQUESTS_PER_CLIENT / 4];
            latencies.add(mine);
            int index = c;
            Thread thread = new Thread(() -> {
                long[] recorded = mine;
                int n = 0;
                for (int i = 0; i < MAX_REQUESTS_PER_CLIENT; i++) {
                    long sent = System.nanoTime();
                    if (sent >= windowEnd) {
                        break;
                    }
                    HttpPost request = new HttpPost(endpoint);
                    request.setHeader("Authorization", "Bearer " + token);
                    request.setEntity(new StringEntity(orderEvents(batch, i * batch), ContentType.APPLICATION_JSON));
                    boolean accepted;
                    String problem = null;
                    try {
                        String[] answer = client.execute(request,
                                response -> new String[] {String.valueOf(response.getCode()),
                                        EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)});
                        accepted = isAccepted(Integer.parseInt(answer[0]), answer[1], batch);
                        if (!accepted) {
                            problem = "HTTP " + answer[0] + ": " + answer[1];
                        }
                    } catch (Exception e) {
                        accepted = false;
                        problem = e.toString();
                    }
                    long done = System.nanoTime();
                    if (done < windowStart || done > windowEnd) {
                        continue;
                    }
                    if (!accepted) {
                        if (failures.incrementAndGet() == 1) {
                            firstFailure.set(done);
                            failureText[0] = problem;
                        }
                        continue;
                    }
                    if (n == recorded.length) {
                        recorded = Arrays.copyOf(recorded, recorded.length * 2);
                        latencies.set(index, recorded);
                    }
                    recorded[n++] = done - sent;
                }
                counts[index] = n;
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        // CPU over the window: the bridge process's own time, and how busy the whole machine was
        String bridgePid = options.get("bridge-pid");
        long ticksPerSecond = Long.parseLong(options.getOrDefault("clock-ticks", "100"));
        sleepUntil(windowStart);
        long[] bridgeBefore = bridgePid == null ? null : processTicks(bridgePid);
        long[] clientBefore = processTicks("self");
        long[] machineBefore = machineTicks();
        sleepUntil(windowEnd);
        long[] bridgeAfter = bridgePid == null ? null : processTicks(bridgePid);
        long[] clientAfter = processTicks("self");
        long[] machineAfter = machineTicks();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (windowEnd - System.nanoTime()) / 1_000_000) + 60_000);
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not finish 60 s after the window closed");
            }
        }
        client.close();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double seconds = windowNanos / 1e9;
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", options.getOrDefault("run", "1"));
        figures.put("clients", clients);
        figures.put("batch", batch);
        figures.put("seconds", String.format("%.1f", seconds));
        figures.put("accepted", (long) total * batch);
        figures.put("failed", failures.get());
        figures.put("requestsPerSecond", String.format("%.1f", total / seconds));
        figures.put("eventsPerSecond", String.format("%.1f", total * batch / seconds));
        figures.put("p50Ms", String.format("%.2f", percentile(all, 0.50) / 1e6));
        figures.put("p99Ms", String.format("%.2f", percentile(all, 0.99) / 1e6));
        figures.put("maxMs", String.format("%.2f", (all.length == 0 ? 0 : all[all.length - 1]) / 1e6));
        if (bridgeBefore != null && total > 0) {
            double bridgeCpuMs = (bridgeAfter[0] - bridgeBefore[0]) * 1000.0 / ticksPerSecond;
            figures.put("bridgeCpuMsPerEvent", String.format("%.3f", bridgeCpuMs / total / batch));
            figures.put("bridgeCores", String.format("%.2f", bridgeCpuMs / 1000 / seconds));
        }
        if (total > 0) {
            // the load generator shares the machine: what it takes is not the bridge's
            double clientCpuMs = (clientAfter[0] - clientBefore[0]) * 1000.0 / ticksPerSecond;
            figures.put("clientCpuMsPerEvent", String.format("%.3f", clientCpuMs / total / batch));
            figures.put("clientCores", String.format("%.2f", clientCpuMs / 1000 / seconds));
        }
        long machineAll = machineAfter[0] - machineBefore[0];
        figures.put("machineBusyPercent", String.format("%.0f",
                machineAll == 0 ? 0 : 100.0 * (machineAll - (machineAfter[1] - machineBefore[1])) / machineAll));
        Bench.record(Path.of(Bench.required(options, "results")), "accept", figures);
        if (failures.get() > 0) {
            System.err.println("accept: " + failures.get() + " requests failed; the first: " + failureText[0]);
        }
    }

    /** Open loop: requests due at fixed times; latency from the due time. */
    private static void runOpenLoop(Map<String, String> options) throws Exception {
        URI endpoint = URI.create(Bench.required(options, "bridge") + "/api/v1/order-events");
        int batch = Integer.parseInt(options.getOrDefault("batch", "1"));
        double rate = Double.parseDouble(options.get("rate"));
        long warmupNanos = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "5"))).toNanos();
        long windowNanos = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10"))).toNanos();
        String token = Tokens.mint(Path.of(Bench.required(options, "org-key")));
        long intervalNanos = Math.round(batch * 1e9 / rate);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        long start = System.nanoTime() + 100_000_000L;
        long windowStart = start + warmupNanos;
        long windowEnd = windowStart + windowNanos;
        String bridgePid = options.get("bridge-pid");
        long ticksPerSecond = Long.parseLong(options.getOrDefault("clock-ticks", "100"));
        java.util.concurrent.ConcurrentLinkedQueue<Long> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        String[] failureText = new String[1];
        List<java.util.concurrent.CompletableFuture<?>> inFlight = new ArrayList<>();
        long[] bridgeBefore = null;
        long[] machineBefore = null;
        for (long k = 0; ; k++) {
            long due = start + k * intervalNanos;
            if (due >= windowEnd) {
                break;
            }
            if (bridgeBefore == null && due >= windowStart) {
                sleepUntil(windowStart);
                bridgeBefore = bridgePid == null ? new long[1] : processTicks(bridgePid);
                machineBefore = machineTicks();
            }
            sleepUntil(due);
            HttpRequest request = request(endpoint, token, orderEvents(batch, (int) (k * batch)));
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long done = System.nanoTime();
                if (due < windowStart || done > windowEnd + 30_000_000_000L) {
                    return;
                }
                if (error == null && isAccepted(response, batch)) {
                    latencies.add(done - due);
                } else if (failures.incrementAndGet() == 1) {
                    failureText[0] = error != null ? error.toString() : "HTTP " + response.statusCode() + ": " + response.body();
                }
            }));
            inFlight.removeIf(java.util.concurrent.CompletableFuture::isDone);
        }
        sleepUntil(windowEnd);
        long[] bridgeAfter = bridgePid == null ? new long[1] : processTicks(bridgePid);
        long[] machineAfter = machineTicks();
        java.util.concurrent.CompletableFuture.allOf(inFlight.toArray(new java.util.concurrent.CompletableFuture<?>[0]))
                .exceptionally(e -> null).get(60, java.util.concurrent.TimeUnit.SECONDS);

        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = windowNanos / 1e9;
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", options.getOrDefault("run", "1"));
        figures.put("batch", batch);
        figures.put("offeredEventsPerSecond", String.format("%.0f", rate));
        figures.put("seconds", String.format("%.1f", seconds));
        figures.put("accepted", (long) all.length * batch);
        figures.put("failed", failures.get());
        figures.put("eventsPerSecond", String.format("%.1f", all.length * batch / seconds));
        figures.put("p50Ms", String.format("%.2f", percentile(all, 0.50) / 1e6));
        figures.put("p99Ms", String.format("%.2f", percentile(all, 0.99) / 1e6));
        figures.put("maxMs", String.format("%.2f", (all.length == 0 ? 0 : all[all.length - 1]) / 1e6));
        if (bridgePid != null && all.length > 0) {
            double bridgeCpuMs = (bridgeAfter[0] - bridgeBefore[0]) * 1000.0 / ticksPerSecond;
            figures.put("bridgeCpuMsPerEvent", String.format("%.3f", bridgeCpuMs / all.length / batch));
            figures.put("bridgeCores", String.format("%.2f", bridgeCpuMs / 1000 / seconds));
        }
        long machineAll = machineAfter[0] - machineBefore[0];
        figures.put("machineBusyPercent", String.format("%.0f",
                machineAll == 0 ? 0 : 100.0 * (machineAll - (machineAfter[1] - machineBefore[1])) / machineAll));
        Bench.record(Path.of(Bench.required(options, "results")), "accept-rate", figures);
        if (failures.get() > 0) {
            System.err.println("accept --rate: " + failures.get() + " requests failed; the first: " + failureText[0]);
        }
    }

    private static HttpRequest request(URI endpoint, String token, String body) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /**
     * The closed loop's client: blocking, one pooled keep-alive connection per thread, nothing the
     * load does not need (no retries, cookies, redirects, compression). It sends and reads on the
     * calling thread, where the JDK's HttpClient hands every exchange to its selector thread and
     * back, at about 0.75 ms of CPU per request on the machine the bridge shares.
     */
    private static CloseableHttpClient blockingClient(int connections) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAuthCaching()
                .disableConnectionState()
                .build();
    }

    private static boolean isAccepted(HttpResponse<String> response, int batch) {
        return isAccepted(response.statusCode(), response.body(), batch);
    }

    private static boolean isAccepted(int status, String body, int batch) {
        return status == 202 && body.contains("\"accepted\":" + batch + ",");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** User plus system time of a process, in clock ticks ({@code /proc/<pid>/stat}). */
    private static long[] processTicks(String pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
    }

    /** All and idle (idle + iowait) clock ticks of the machine ({@code /proc/stat}). */
    private static long[] machineTicks() throws java.io.IOException {
        String[] cpu = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < cpu.length; i++) {
            all += Long.parseLong(cpu[i]);
        }
        return new long[] {all, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A request of {@code count} orders, per contract/order-event.schema.json. */
    static String orderEvents(int count, int first) {
        StringBuilder body = new StringBuilder("{\"orders\":[");
        for (int i = first; i < first + count; i++) {
            body.append(i > first ? "," : "").append(order(Ids.order(), i));
        }
        return body.append("]}").toString();
    }

    /** One order for a new account with two lines. */
    private static String order(String orderId, int i) {
        String accountId = Ids.account();
        return "{\"sfOrderId\":\"" + orderId + "\","
                + "\"idempotencyKey\":\"" + orderId + ":2026-11-20T09:15:00.000Z\","
                + "\"orderNumber\":\"" + String.format("%08d", i % 100_000_000) + "\","
                + "\"effectiveDate\":\"2026-11-20\",\"currency\":\"USD\",\"poNumber\":\"PO-" + i + "\","
                + "\"account\":{\"sfAccountId\":\"" + accountId + "\",\"name\":\"Bench Account " + accountId + "\","
                + "\"billingAddress\":{\"street\":\"100 Market Street\",\"city\":\"San Francisco\",\"state\":\"CA\","
                + "\"postalCode\":\"94105\",\"country\":\"US\"}},"
                + "\"lines\":["
                + line(CATALOG[i % 3], 10, 12.5) + ","
                + line(CATALOG[(i + 1) % 3], 2, 27)
                + "]}";
    }

    private static String line(String productCode, int quantity, double unitPrice) {
        return "{\"sfOrderItemId\":\"" + Ids.orderItem() + "\",\"productCode\":\"" + productCode + "\","
                + "\"quantity\":" + quantity + ",\"unitPrice\":" + unitPrice + ",\"unitOfMeasure\":\"EA\"}";
    }
}
