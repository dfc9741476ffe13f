package org.o2cbridge.connector;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ODataBatchTest {

    @Test
    void readsStandAloneAndEachWriteInAChangeSetOfItsOwn() {
        ODataBatch batch = new ODataBatch(ODataBatch.Version.V2)
                .read("A_BusinessPartner?$filter=BusinessPartnerIDByExtSystem%20eq%20%27001A%27&$top=2")
                .changeSet(List.of(new ODataBatch.Operation("POST", "A_BusinessPartner", "{\"OrganizationBPName1\":\"Acme\"}")))
                .changeSet(List.of(new ODataBatch.Operation("POST", "A_BusinessPartner", "{\"OrganizationBPName1\":\"Globex\"}")));

        String body = batch.body();
        String boundary = ODataBatch.boundary(batch.contentType()).orElseThrow();
        String[] parts = body.split("--" + boundary + "(--)?\r\n");

        assertEquals(3, batch.size());
        assertEquals(4, parts.length, body);
        assertEquals("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + "GET A_BusinessPartner?$filter=BusinessPartnerIDByExtSystem%20eq%20%27001A%27&$top=2 HTTP/1.1\r\n"
                + "DataServiceVersion: 2.0\r\nAccept: application/json\r\n\r\n", parts[1]);
        String changeSet = ODataBatch.boundary(parts[2]).orElseThrow();
        assertTrue(changeSet.startsWith("changeset_"), parts[2]);
        assertEquals("Content-Type: multipart/mixed; boundary=" + changeSet + "\r\n\r\n"
                + "--" + changeSet + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
                + "Content-ID: 1\r\n\r\nPOST A_BusinessPartner HTTP/1.1\r\nDataServiceVersion: 2.0\r\n"
                + "Accept: application/json\r\nContent-Type: application/json\r\n\r\n{\"OrganizationBPName1\":\"Acme\"}\r\n"
                + "--" + changeSet + "--\r\n", parts[2]);
        assertTrue(parts[3].contains("Content-ID: 2\r\n"), "Content-IDs are unique in the batch: " + parts[3]);
        assertFalse(ODataBatch.boundary(parts[3]).orElseThrow().equals(changeSet), "each change set its own boundary");
        assertTrue(body.endsWith("--" + boundary + "--\r\n"), body);
    }

    @Test
    void aChangeSetTakesNoRead() {
        assertThrows(IllegalArgumentException.class, () -> new ODataBatch(ODataBatch.Version.V4)
                .changeSet(List.of(ODataBatch.Operation.get("CustomersV3"))));
    }

    /** SAP Gateway's v2 answer: a read, a refused change set (one error part), a created partner. */
    @Test
    void answersAreGroupedByTheRequestsParts() {
        String body = String.join("\r\n",
                "--batchresponse_9f",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "",
                "HTTP/1.1 200 OK",
                "Content-Type: application/json",
                "DataServiceVersion: 2.0",
                "",
                "{\"d\":{\"results\":[]}}",
                "--batchresponse_9f",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "",
                "HTTP/1.1 400 Bad Request",
                "Content-Type: application/json",
                "",
                "{\"error\":{\"code\":\"R11/085\",\"message\":{\"lang\":\"en\",\"value\":\"Enter a name (OrganizationBPName1)\"}}}",
                "--batchresponse_9f",
                "Content-Type: multipart/mixed; boundary=changesetresponse_2a",
                "",
                "--changesetresponse_2a",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "",
                "HTTP/1.1 201 Created",
                "Location: https://s4/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner('10100002')",
                "Content-Type: application/json",
                "",
                "{\"d\":{\"BusinessPartner\":\"10100002\",\"Customer\":\"10100002\"}}",
                "--changesetresponse_2a--",
                "--batchresponse_9f--", "");

        List<List<ODataBatch.Answer>> parts = ODataBatch.readParts("multipart/mixed; boundary=batchresponse_9f", body);

        assertEquals(3, parts.size());
        assertEquals(200, parts.get(0).get(0).status());
        assertEquals("{\"d\":{\"results\":[]}}", parts.get(0).get(0).body());
        ODataBatch.Answer refused = parts.get(1).get(0);
        assertFalse(refused.success());
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("R11/085"), refused.body());
        ODataBatch.Answer created = parts.get(2).get(0);
        assertTrue(created.success());
        assertEquals(201, created.status());
        assertTrue(created.headers().get("location").endsWith("('10100002')"));
        assertEquals("{\"d\":{\"BusinessPartner\":\"10100002\",\"Customer\":\"10100002\"}}", created.body());
        assertEquals(3, ODataBatch.read("multipart/mixed; boundary=batchresponse_9f", body).size());
    }
}
