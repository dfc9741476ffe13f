package org.o2cbridge.connector.sap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.sap.SapStub.Reply;
import org.o2cbridge.customer.CustomerTarget.Outcome;
import org.o2cbridge.customer.SalesforceAccount;
import org.o2cbridge.mapping.MappingService;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load's business partners: one batch of look-ups by the dispatch's key, one batch creating
 * the missing ones, each in its own change set; a partner SAP has is the account's as it stands,
 * a refused one carries SAP's code and message; the CSRF token is fetched again once when refused.
 */
class SapCustomerLoadGatewayTest {

    private static final String TYPE = "multipart/mixed; boundary=batchresponse_1";

    private final SapStub sap;
    private final SapCustomerLoadGateway gateway = new SapCustomerLoadGateway();

    SapCustomerLoadGatewayTest() throws IOException {
        sap = new SapStub();
        Clock clock = Clock.systemUTC();
        gateway.sap = new SapGateway(sap.settings(Duration.ofSeconds(2)), new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return Optional.empty();
            }
        }, clock, ExternalCallMonitor.unmetered(clock));
        sap.script("GET /bp/", Reply.of(200, Map.of("x-csrf-token", List.of("T1"), "Set-Cookie",
                List.of("SAP_SESSIONID_S4H_100=s1; path=/")), "{}"), Reply.of(200, Map.of("x-csrf-token", List.of("T2"),
                "Set-Cookie", List.of("SAP_SESSIONID_S4H_100=s2; path=/")), "{}"));
    }

    @AfterEach
    void stop() {
        sap.close();
    }

    private static String part(String http) {
        return "--batchresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" + http
                + "\r\n";
    }

    private static String changeSet(String http) {
        return "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_1\r\n\r\n"
                + "--changesetresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + http + "\r\n--changesetresponse_1--\r\n";
    }

    private static Reply batch(String... parts) {
        return Reply.of(202, Map.of("Content-Type", List.of(TYPE)), String.join("", parts) + "--batchresponse_1--\r\n");
    }

    @Test
    void looksUpEveryPartnerThenCreatesTheMissingOnesEachInItsOwnChangeSet() {
        sap.script("POST /bp/$batch",
                Reply.of(403, Map.of("x-csrf-token", List.of("Required")), "CSRF token validation failed"),
                batch(part("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
                                + "{\"d\":{\"results\":[{\"BusinessPartner\":\"10100007\",\"Customer\":\"10100007\"}]}}"),
                        part("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"d\":{\"results\":[]}}"),
                        part("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"d\":{\"results\":[]}}")),
                batch(changeSet("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n\r\n"
                                + "{\"d\":{\"BusinessPartner\":\"10100008\",\"Customer\":\"10100008\"}}"),
                        part("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n{\"error\":{\"code\":"
                                + "\"R11/085\",\"message\":{\"lang\":\"en\",\"value\":\"Enter a name (OrganizationBPName1)\"}}}")));

        List<Outcome> outcomes = gateway.upsert(List.of(account("001A0", "Acme"), account("001A1", "Globex"),
                account("001A2", " ")), "");

        assertEquals(new Outcome("001A0", true, "10100007", null, null), outcomes.get(0), "found: not created again");
        assertEquals(new Outcome("001A1", true, "10100008", null, null), outcomes.get(1));
        assertEquals(new Outcome("001A2", false, null, "R11/085", "Enter a name (OrganizationBPName1)"), outcomes.get(2));
        List<SapStub.Seen> batches = sap.calls("POST", "/bp/$batch");
        assertEquals(3, batches.size(), "the refused token costs one resend");
        assertEquals("T1", batches.get(0).csrf());
        assertEquals("T2", batches.get(1).csrf());
        assertEquals("SAP_SESSIONID_S4H_100=s2", batches.get(1).cookie());
        String lookups = batches.get(1).body();
        assertTrue(lookups.contains("GET A_BusinessPartner?$filter=BusinessPartnerIDByExtSystem%20eq%20%27001A1%27"
                + "&$select=BusinessPartner,Customer&$top=2 HTTP/1.1"), lookups);
        assertFalse(lookups.contains("changeset"), "reads stand outside change sets: " + lookups);
        String creates = batches.get(2).body();
        assertEquals(2, creates.split("Content-Type: multipart/mixed; boundary=changeset_").length - 1, creates);
        assertTrue(creates.contains("\"BusinessPartnerIDByExtSystem\":\"001A1\""), creates);
        assertFalse(creates.contains("001A0"), creates);
    }

    @Test
    void aRerunThatFindsEveryPartnerCreatesNothing() {
        sap.script("POST /bp/$batch", batch(part("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
                + "{\"d\":{\"results\":[{\"BusinessPartner\":\"10100007\",\"Customer\":\"10100007\"}]}}")));

        List<Outcome> outcomes = gateway.upsert(List.of(account("001A0", "Acme")), "");

        assertTrue(outcomes.get(0).success());
        assertEquals(1, sap.calls("POST", "/bp/$batch").size());
    }

    private static SalesforceAccount account(String id, String name) {
        return new SalesforceAccount(id, name, new SalesforceAccount.Address("1 Main St", "Berlin", null, "10115", "DE"),
                null);
    }
}
