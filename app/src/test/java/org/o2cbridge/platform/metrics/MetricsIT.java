package org.o2cbridge.platform.metrics;

import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator's Prometheus scrapes from {@code /metrics} once an order has gone through. */
class MetricsIT extends IntegrationSuite {

    private static final Duration SYNC_TIME = Duration.ofSeconds(60);

    @Test
    void aSyncedOrderIsCountedAsReceivedAndAsSuccessfulNetSuiteAndSalesforceCalls() {
        String orderId = TestIds.order();
        String payload = TestOrders.batchOf(orderId, 2).toString();
        assertEquals(202, HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload).status());
        assertEquals(202, HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload).status());
        Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> "SYNCED".equals(status.getString("syncState")), SYNC_TIME, "order " + orderId + " synced");

        List<Sample> metrics = Eventually.await(this::scrape,
                m -> sum(m, "o2c_external_calls_total", "system=netsuite", "outcome=success") >= 2
                        && sum(m, "o2c_external_calls_total", "system=salesforce", "outcome=success") >= 1,
                SYNC_TIME, "NetSuite and Salesforce calls counted");

        assertTrue(sum(metrics, "o2c_orders_received_total", "outcome=accepted") >= 1, o2c(metrics));
        assertTrue(sum(metrics, "o2c_orders_received_total", "outcome=duplicate") >= 1, o2c(metrics));
        assertTrue(sum(metrics, "o2c_external_call_milliseconds_count", "system=netsuite") >= 2, o2c(metrics));
        double medianMillis = value(metrics, "o2c_external_call_milliseconds", "system=netsuite", "quantile=0.5").orElse(-1);
        assertTrue(medianMillis >= 0 && medianMillis < SYNC_TIME.toMillis(), o2c(metrics));
        assertTrue(sum(metrics, "o2c_external_throttles_total") >= 0, o2c(metrics));
    }

    @Test
    void theOutboxGaugesAreThereForEachSystem() {
        List<Sample> metrics = scrape();

        for (String system : List.of("netsuite", "salesforce")) {
            assertTrue(value(metrics, "o2c_outbox_depth", "system=" + system).orElse(-1) >= 0, o2c(metrics));
            assertTrue(value(metrics, "o2c_outbox_oldest_waiting_seconds", "system=" + system).orElse(-1) >= 0, o2c(metrics));
            assertTrue(value(metrics, "o2c_outbox_dead_letters", "system=" + system).orElse(-1) >= 0, o2c(metrics));
        }
        assertTrue(value(metrics, "o2c_outbox_depth_overall").orElse(-1) >= 0, o2c(metrics));
    }

    /** One line of the Prometheus text format: a name, its labels and a value. */
    record Sample(String name, Map<String, String> labels, double value) {

        static Sample parse(String line) {
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = brace < 0 ? line.substring(0, space) : line.substring(0, brace);
            Map<String, String> labels = brace < 0 ? Map.of() : Arrays.stream(
                            line.substring(brace + 1, line.lastIndexOf('}')).split(","))
                    .filter(pair -> pair.contains("="))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0].strip(), p -> p[1].strip().replace("\"", "")));
            return new Sample(name, labels, Double.parseDouble(line.substring(space + 1).strip()));
        }

        boolean matches(String name, String... labelPairs) {
            return this.name.equals(name) && Arrays.stream(labelPairs)
                    .allMatch(pair -> pair.split("=", 2)[1].equals(labels.get(pair.split("=", 2)[0])));
        }
    }

    private List<Sample> scrape() {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge("metrics")).header("Accept", "text/plain").GET());
        assertEquals(200, answer.status(), answer.body());
        return answer.body().lines().filter(l -> l.startsWith("o2c_")).map(Sample::parse).toList();
    }

    private static double sum(List<Sample> metrics, String name, String... labels) {
        return metrics.stream().filter(s -> s.matches(name, labels)).mapToDouble(Sample::value).sum();
    }

    private static OptionalDouble value(List<Sample> metrics, String name, String... labels) {
        return metrics.stream().filter(s -> s.matches(name, labels)).mapToDouble(Sample::value).findFirst();
    }

    private static String o2c(List<Sample> metrics) {
        return metrics.stream().map(Sample::toString).collect(Collectors.joining("\n"));
    }
}
