package org.o2cbridge.sandbox.d365.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.d365.odata.D365Store.EntitySet;
import org.o2cbridge.sandbox.d365.odata.Multipart.Part;

class BatchServiceTest {

    private static final String ROOT = "https://usnconeboxax1aos.cloud.onebox.dynamics.com/data/";

    private final List<String> created = new ArrayList<>();
    private final D365Store store = new D365Store();
    private final ODataService service = new ODataService(store, Set.of("usmf", "demf"), "usmf", created::add);
    private final BatchService batch = new BatchService(service);

    BatchServiceTest() {
        store.inTransaction(tx -> {
            tx.put(EntitySet.RELEASED_PRODUCTS, "usmf", "D0001", Json.createObjectBuilder()
                    .add("dataAreaId", "usmf").add("ItemNumber", "D0001").build());
            tx.put(EntitySet.CUSTOMERS, "usmf", "US-001", Json.createObjectBuilder()
                    .add("dataAreaId", "usmf").add("CustomerAccount", "US-001").build());
            return null;
        });
    }

    /** The change set example of the F&O OData documentation (odata.md), with CRLF line ends. */
    @Test
    void documentationExampleIsReadAsOneChangeSetWithOnePost() {
        String body = String.join("\r\n",
                "--batch_boundary",
                "Content-Type: multipart/mixed; boundary=changeset_boundary",
                "",
                "--changeset_boundary",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 1",
                "",
                "POST " + ROOT + "CustomersV3 HTTP/1.1",
                "OData-Version: 4.0",
                "Content-Type: application/json;odata.metadata=minimal",
                "",
                "{\"CustomerAccount\":\"Batch1\",\"dataAreaId\":\"usmf\",\"OrganizationName\":\"Batch one\"}",
                "--changeset_boundary--",
                "--batch_boundary--", "");

        List<Part> outer = Multipart.parse(body, "batch_boundary");
        assertEquals(1, outer.size());
        List<Part> inner = Multipart.parse(outer.get(0).content(), "changeset_boundary");
        assertEquals("1", inner.get(0).header("content-id"));
        ODataRequest request = BatchService.request(inner.get(0).content());
        assertEquals("POST", request.method());
        assertEquals("CustomersV3", request.path());

        BatchService.BatchAnswer answer = batch.execute("multipart/mixed; boundary=batch_boundary", body, ROOT);

        assertTrue(answer.contentType().startsWith("multipart/mixed; boundary=batchresponse_"), answer.contentType());
        assertTrue(answer.body().contains("HTTP/1.1 201 Created"), answer.body());
        assertTrue(answer.body().contains("--changesetresponse_"), answer.body());
        assertTrue(store.find(EntitySet.CUSTOMERS, "USMF", "Batch1").isPresent());
        assertEquals(List.of("Batch1"), created);
    }

    @Test
    void headerAndLinesReferencedByContentIdAreCreatedTogetherWithANumberFromTheSequence() {
        String answer = batch.execute("multipart/mixed; boundary=b", salesOrderBatch("D0001"), ROOT).body();

        assertTrue(answer.contains("HTTP/1.1 201 Created"), answer);
        JsonObject header = store.all(EntitySet.SALES_ORDER_HEADERS).get(0);
        assertEquals("000001", header.getString("SalesOrderNumber"));
        assertEquals(2, store.all(EntitySet.SALES_ORDER_LINES).size());
        assertEquals("000001", store.all(EntitySet.SALES_ORDER_LINES).get(1).getString("SalesOrderNumber"));
        assertEquals(List.of("801000000000001AAA"), created);
    }

    @Test
    void unknownItemUndoesTheWholeChangeSetAndAnswers200WithTheWriteErrorInside() {
        String answer = batch.execute("multipart/mixed; boundary=b", salesOrderBatch("WID-999"), ROOT).body();

        assertTrue(answer.contains("HTTP/1.1 500"), answer);
        assertTrue(answer.contains("AxODataWriteException"), answer);
        assertTrue(answer.contains("Item number WID-999 does not exist"), answer);
        assertFalse(answer.contains("changesetresponse_"), "a failed change set answers one part");
        assertEquals(0, store.all(EntitySet.SALES_ORDER_HEADERS).size());
        assertEquals(0, store.all(EntitySet.SALES_ORDER_LINES).size());
        assertEquals(List.of(), created, "nothing was created");
    }

    @Test
    void recordWithoutDataAreaIdIsRefused() {
        ODataAnswer answer = service.execute(ODataRequest.of("POST", "CustomersV3",
                "{\"CustomerAccount\":\"X\"}"), ROOT);

        assertEquals(500, answer.status());
        assertTrue(answer.body().toString().contains("dataAreaId"), answer.body().toString());
    }

    @Test
    void patchOfAMissingCustomerIs404AndQueryFindsAcrossCompanies() {
        ODataAnswer missing = service.execute(ODataRequest.of("PATCH",
                "CustomersV3(dataAreaId='usmf',CustomerAccount='O''Brien')", "{\"OrganizationName\":\"x\"}"), ROOT);
        assertEquals(404, missing.status());

        batch.execute("multipart/mixed; boundary=b", salesOrderBatch("D0001"), ROOT);
        ODataAnswer found = service.execute(ODataRequest.of("GET", "/data/SalesOrderHeadersV2?%24filter="
                + "CustomersOrderReference%20eq%20'801000000000001AAA'&cross-company=true", null), ROOT);
        assertEquals(1, found.body().getJsonArray("value").size(), found.body().toString());
        ODataAnswer several = service.execute(ODataRequest.of("GET", "/data/SalesOrderHeadersV2?%24filter="
                + "(CustomersOrderReference%20eq%20'801000000000001AAA'%20or%20CustomersOrderReference%20eq%20'801X')"
                + "%20and%20dataAreaId%20eq%20'usmf'", null), ROOT);
        assertEquals(1, several.body().getJsonArray("value").size(), several.body().toString());
        ODataAnswer mixed = service.execute(ODataRequest.of("GET", "/data/SalesOrderHeadersV2?%24filter="
                + "CustomersOrderReference%20eq%20'801X'%20or%20dataAreaId%20eq%20'usmf'", null), ROOT);
        assertEquals(400, mixed.status(), "an or chain over two fields is refused, not half understood");
    }

    private static String salesOrderBatch(String secondItem) {
        return String.join("\r\n",
                "--b",
                "Content-Type: multipart/mixed; boundary=cs",
                "",
                "--cs",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 1",
                "",
                "POST SalesOrderHeadersV2 HTTP/1.1",
                "Content-Type: application/json",
                "",
                "{\"dataAreaId\":\"usmf\",\"OrderingCustomerAccountNumber\":\"US-001\",\"CurrencyCode\":\"USD\","
                        + "\"CustomersOrderReference\":\"801000000000001AAA\"}",
                "--cs",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 2",
                "",
                "POST $1/SalesOrderLines HTTP/1.1",
                "Content-Type: application/json",
                "",
                "{\"ItemNumber\":\"D0001\",\"OrderedSalesQuantity\":2}",
                "--cs",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 3",
                "",
                "POST $1/SalesOrderLines HTTP/1.1",
                "Content-Type: application/json",
                "",
                "{\"ItemNumber\":\"" + secondItem + "\",\"OrderedSalesQuantity\":1.5}",
                "--cs--",
                "--b--", "");
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String customerChangeSet(String boundary, String method, String url, String json) {
        return String.join("\r\n",
                "Content-Type: multipart/mixed; boundary=" + boundary,
                "",
                "--" + boundary,
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 1",
                "",
                method + " " + url + " HTTP/1.1",
                "OData-Version: 4.0",
                "Accept: application/json",
                "Content-Type: application/json;odata.metadata=minimal",
                "",
                json,
                "--" + boundary + "--", "");
    }

    /** The initial load's shape: a change set per customer, so a refused one leaves the others created. */
    @Test
    void eachCustomerInAChangeSetOfItsOwnIsCreatedOrRefusedAlone() {
        String body = "--b\r\n" + customerChangeSet("c1", "POST", "CustomersV3",
                "{\"dataAreaId\":\"usmf\",\"CustomerAccount\":\"US-001\",\"OrganizationName\":\"Again\"}")
                + "--b\r\n" + customerChangeSet("c2", "POST", "CustomersV3",
                "{\"dataAreaId\":\"usmf\",\"CustomerAccount\":\"001A\",\"OrganizationName\":\"Acme\"}")
                + "--b\r\n" + customerChangeSet("c3", "PATCH", "CustomersV3(dataAreaId='usmf',CustomerAccount='US-001')",
                "{\"OrganizationName\":\"Updated\"}")
                + "--b--\r\n";

        BatchService.BatchAnswer answer = batch.execute("multipart/mixed; boundary=b", body, ROOT);

        List<Part> parts = Multipart.parse(answer.body(), Multipart.boundary(answer.contentType()).orElseThrow());
        assertEquals(3, parts.size(), answer.body());
        assertTrue(parts.get(0).content().startsWith("HTTP/1.1 500"), parts.get(0).content());
        assertTrue(parts.get(0).content().contains("The record already exists"), parts.get(0).content());
        assertTrue(parts.get(1).content().contains("HTTP/1.1 201 Created"), parts.get(1).content());
        assertTrue(parts.get(2).content().contains("HTTP/1.1 204"), parts.get(2).content());
        assertEquals(List.of("001A"), created);
        assertEquals("Updated", store.find(EntitySet.CUSTOMERS, "usmf", "US-001").orElseThrow().getString("OrganizationName"));
    }
}
