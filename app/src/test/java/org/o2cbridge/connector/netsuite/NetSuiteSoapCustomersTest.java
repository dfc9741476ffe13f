package org.o2cbridge.connector.netsuite;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.netsuite.soap.CustomerUpsertOutcome;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SOAP customer client as the bridge wires it: built from the NetSuite settings with the
 * endpoint under the base URL, every upsertList made inside one of the account's concurrency
 * permits and reported to the call monitor; no permit means no call and a retryable failure; no
 * settings means a rejected call naming the missing keys.
 */
class NetSuiteSoapCustomersTest {

    private static final String ANSWER = """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <upsertListResponse xmlns="urn:messages_2023_2.platform.webservices.netsuite.com">
            <writeResponseList xmlns:platformCore="urn:core_2023_2.platform.webservices.netsuite.com">
            <writeResponse><platformCore:status isSuccess="true"/>
            <baseRef internalId="4711" externalId="001A1" type="customer" xsi:type="platformCore:RecordRef"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></writeResponse>
            </writeResponseList></upsertListResponse></soapenv:Body></soapenv:Envelope>""";

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger permitsTaken = new AtomicInteger();
    private final ExternalCallMonitor monitor = ExternalCallMonitor.unmetered(Clock.systemUTC());
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private NetSuiteSettings settings(String baseUrl) {
        return new NetSuiteSettings(baseUrl, new TokenCredentials("1234567", "ck", "cs", "tk", "ts"), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 83, 5, "1", ZoneId.of("UTC"));
    }

    private CallPermits counting() {
        return new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                assertEquals("netsuite", system);
                permitsTaken.incrementAndGet();
                return call.get();
            }
        };
    }

    private static List<ErpCustomer> acme() {
        return List.of(new ErpCustomer("001A1", "Acme", null, null, null, null));
    }

    @Test
    void eachUpsertListGoesToTheAccountsSoapEndpointUnderOnePermitAndIsCounted() {
        NetSuiteSoapCustomers soap = new NetSuiteSoapCustomers(settings("http://127.0.0.1:" + server.getAddress().getPort()
                + "/sandbox/netsuite/"), Clock.systemUTC(), monitor, counting());

        List<CustomerUpsertOutcome> outcomes = soap.upsert(acme());

        assertEquals(List.of(new CustomerUpsertOutcome("001A1", true, "4711", null, null)), outcomes);
        assertEquals(List.of("/sandbox/netsuite/services/NetSuitePort_2023_2"), paths);
        assertEquals(1, permitsTaken.get());
        assertTrue(monitor.history("netsuite").snapshot().lastSuccess().isPresent());
    }

    @Test
    void noPermitInTimeMakesNoCallAndIsRetryable() {
        CallPermits none = new CallPermits() {
            @Override
            public <T> T call(String system, Supplier<T> call) {
                throw new PermitUnavailableException(system, "No netsuite concurrency permit came free in 60 s");
            }
        };
        NetSuiteSoapCustomers soap = new NetSuiteSoapCustomers(settings("http://127.0.0.1:" + server.getAddress().getPort()),
                Clock.systemUTC(), monitor, none);

        RetryableCallException refused = assertThrows(RetryableCallException.class, () -> soap.upsert(acme()));

        assertEquals("NO_PERMIT", refused.code());
        assertTrue(paths.isEmpty());
    }

    @Test
    void withoutSettingsACallIsRejectedNamingTheMissingKeys() {
        NetSuiteSoapCustomers soap = new NetSuiteSoapCustomers(settings(null), Clock.systemUTC(), monitor, counting());

        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> soap.upsert(acme()));

        assertTrue(refused.getMessage().contains("o2c.netsuite.base-url"), refused.getMessage());
        assertEquals(0, permitsTaken.get());
    }
}
