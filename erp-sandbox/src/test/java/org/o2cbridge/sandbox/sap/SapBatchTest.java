package org.o2cbridge.sandbox.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.d365.odata.Multipart;

class SapBatchTest {

    private static final String ROOT = "http://sandbox/sap/sap/opu/odata/sap/API_BUSINESS_PARTNER/";

    private final List<String> created = new ArrayList<>();
    private final SapBook book = new SapBook(List.of(new SapBook.Product("WID-100", new BigDecimal("12.50"))),
            Set.of("1010/10/00"), created::add);
    private final SapBatch batch = new SapBatch((method, path, query, body) -> switch (method + " " + path) {
        case "GET A_BusinessPartner" -> {
            JsonArrayBuilder results = Json.createArrayBuilder();
            book.businessPartners(ODataQuery.filter(query.get("$filter"))).forEach(results::add);
            yield new SapBatch.Result(200, Json.createObjectBuilder().add("d", Json.createObjectBuilder()
                    .add("results", results)).build(), null);
        }
        case "POST A_BusinessPartner" -> new SapBatch.Result(201, Json.createObjectBuilder()
                .add("d", book.createBusinessPartner(SapJson.object(body, true))).build(), null);
        default -> throw SapApiException.v2(404, "/IWBEP/CM_MGW_RT/021", "no " + path, null);
    }, ROOT);

    private static String partner(String key, String name) {
        return "{\"BusinessPartnerCategory\":\"2\",\"OrganizationBPName1\":\"" + name + "\",\"BusinessPartnerIDByExtSystem\":\""
                + key + "\",\"to_BusinessPartnerRole\":{\"results\":[{\"BusinessPartnerRole\":\"FLCU01\"}]},"
                + "\"to_Customer\":{\"to_CustomerSalesArea\":{\"results\":[{\"SalesOrganization\":\"1010\","
                + "\"DistributionChannel\":\"10\",\"Division\":\"00\"}]}}}";
    }

    private static String post(int contentId, String body) {
        return "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: " + contentId
                + "\r\n\r\nPOST A_BusinessPartner HTTP/1.1\r\nContent-Type: application/json\r\n\r\n" + body + "\r\n";
    }

    private static String changeSet(String boundary, String... operations) {
        StringBuilder out = new StringBuilder("Content-Type: multipart/mixed; boundary=" + boundary + "\r\n\r\n");
        for (String operation : operations) {
            out.append("--").append(boundary).append("\r\n").append(operation);
        }
        return out.append("--").append(boundary).append("--\r\n").toString();
    }

    @Test
    void readsAnswerOutsideChangeSetsAndEachChangeSetIsAllOrNothing() {
        String body = "--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + "GET A_BusinessPartner?$filter=BusinessPartnerIDByExtSystem%20eq%20%27001A%27&$top=2 HTTP/1.1\r\n"
                + "Accept: application/json\r\n\r\n\r\n"
                + "--b\r\n" + changeSet("c1", post(1, partner("001A", "Acme")), post(2, partner("001B", " ")))
                + "--b\r\n" + changeSet("c2", post(3, partner("001C", "Globex")))
                + "--b--\r\n";

        SapBatch.Answer answer = batch.execute("multipart/mixed; boundary=b", body, book);

        String boundary = Multipart.boundary(answer.contentType()).orElseThrow();
        assertTrue(boundary.startsWith("batchresponse_"), answer.contentType());
        List<Multipart.Part> parts = Multipart.parse(answer.body(), boundary);
        assertEquals(3, parts.size(), answer.body());
        assertTrue(parts.get(0).content().startsWith("HTTP/1.1 200 OK\r\n"), parts.get(0).content());
        assertTrue(parts.get(0).content().contains("\"results\":[]"), parts.get(0).content());
        assertEquals("application/http", parts.get(1).header("Content-Type"), "a failed change set is one error part");
        assertTrue(parts.get(1).content().startsWith("HTTP/1.1 400 Bad Request\r\n"), parts.get(1).content());
        assertTrue(parts.get(1).content().contains("\"code\":\"R11/085\""), parts.get(1).content());
        assertTrue(parts.get(2).header("Content-Type").startsWith("multipart/mixed; boundary=changesetresponse_"));
        assertTrue(parts.get(2).content().contains("HTTP/1.1 201 Created\r\n"), parts.get(2).content());
        assertEquals(1, book.businessPartners(p -> true).size(), "Acme was undone with the refused partner");
        assertEquals("10100001", book.businessPartners(p -> true).get(0).getString("BusinessPartner"),
                "the number range was undone too");
        assertEquals(List.of("001C"), created);
    }

    @Test
    void aWriteOutsideAChangeSetIsRefused() {
        String body = "--b\r\n" + post(1, partner("001A", "Acme")) + "--b--\r\n";

        SapBatch.Answer answer = batch.execute("multipart/mixed; boundary=b", body, book);

        List<Multipart.Part> parts = Multipart.parse(answer.body(), Multipart.boundary(answer.contentType()).orElseThrow());
        assertTrue(parts.get(0).content().startsWith("HTTP/1.1 400 "), parts.get(0).content());
        assertTrue(book.businessPartners(p -> true).isEmpty());
    }
}
