package org.o2cbridge.connector.netsuite.soap;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.netsuite.TokenCredentials;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationSuite;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated SOAP client against the simulated NetSuite over real HTTP: customers are upserted
 * by their Salesforce Account Id, a second upsertList updates the same records, and a customer
 * NetSuite refuses comes back with NetSuite's message while the others are written.
 */
class NetSuiteSoapCustomersIT extends IntegrationSuite {

    private static final TokenCredentials DEMO = new TokenCredentials("1234567", "o2c-demo-consumer-key",
            "o2c-demo-consumer-secret", "o2c-demo-token-id", "o2c-demo-token-secret");

    @AfterEach
    void clearFaults() {
        HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/faults")).DELETE());
    }

    @Test
    void aCallOverTheAccountsConcurrencyLimitIsARetryableSoapFault() {
        HttpCalls.Answer faults = HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/faults"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"operations\":[\"SOAP upsertList\"],\"firstCalls\":{\"throttle\":1}}")));
        assertTrue(faults.status() < 300, faults.body());
        ErpCustomer customer = new ErpCustomer("001THROTTLED" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                "Initech", null, null, "USD", null);

        RetryableCallException refused = assertThrows(RetryableCallException.class, () -> gateway().upsert(List.of(customer)));
        List<CustomerUpsertOutcome> retried = gateway().upsert(List.of(customer));

        assertEquals("WS_REQUEST_BLOCKED", refused.code());
        assertTrue(retried.get(0).success(), retried.toString());
    }

    @Test
    void upsertListWritesEachCustomerOnceAndReportsTheRefusedOne() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        ErpCustomer.Address address = new ErpCustomer.Address("100 Market St", "San Francisco", "CA", "94105", "US");
        List<ErpCustomer> customers = List.of(
                new ErpCustomer("001" + run + "AAAAA", "Acme Industrial Supply", address, null, "USD", null),
                new ErpCustomer("001" + run + "AAAAB", "Globex", address, null, "USD", null),
                new ErpCustomer("001" + run + "AAAAC", " ", address, null, "USD", null));
        NetSuiteSoapCustomerGateway gateway = gateway();

        List<CustomerUpsertOutcome> first = gateway.upsert(customers);
        List<CustomerUpsertOutcome> again = gateway.upsert(customers);

        assertTrue(first.get(0).success() && first.get(1).success(), first.toString());
        assertFalse(first.get(2).success());
        assertEquals("USER_ERROR", first.get(2).code());
        assertEquals("Please enter value(s) for: Company Name", first.get(2).message());
        assertEquals(first, again, "the second call updates the same customers");
        JsonObject acme = HttpCalls.get(sandbox("api/netsuite/records/customer?externalId=" + customers.get(0).sfAccountId()),
                null).json();
        assertEquals(first.get(0).internalId(), acme.getString("id"));
        assertEquals("Acme Industrial Supply", acme.getString("companyName"));
        assertEquals("US", acme.getJsonObject("addressBook").getJsonArray("items").getJsonObject(0)
                .getJsonObject("addressBookAddress").getJsonObject("country").getString("id"));
        assertEquals(404, HttpCalls.get(sandbox("api/netsuite/records/customer?externalId="
                + customers.get(2).sfAccountId()), null).status());
    }

    private NetSuiteSoapCustomerGateway gateway() {
        return new NetSuiteSoapCustomerGateway(sandbox("netsuite/services/NetSuitePort_2023_2"), DEMO,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Clock.systemUTC(), "1", 83);
    }
}
