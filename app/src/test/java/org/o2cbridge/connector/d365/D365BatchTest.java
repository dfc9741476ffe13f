package org.o2cbridge.connector.d365;

import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ODataBatch;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class D365BatchTest {

    @Test
    void oneChangeSetHoldsEveryOperationWithItsContentId() {
        ODataBatch batch = new ODataBatch(ODataBatch.Version.V4).changeSet(List.of(
                new ODataBatch.Operation("POST", "SalesOrderHeadersV2", "{\"dataAreaId\":\"usmf\"}"),
                new ODataBatch.Operation("POST", "$1/SalesOrderLines", "{\"ItemNumber\":\"D0001\"}")));

        String body = batch.body();

        String boundary = ODataBatch.boundary(batch.contentType()).orElseThrow();
        assertTrue(body.startsWith("--" + boundary + "\r\nContent-Type: multipart/mixed; boundary=changeset_"), body);
        assertTrue(body.contains("Content-ID: 2\r\n\r\nPOST $1/SalesOrderLines HTTP/1.1\r\nOData-Version: 4.0\r\n"), body);
        assertTrue(body.endsWith("--\r\n--" + boundary + "--\r\n"), body);
    }

    /** A response shaped like the captured F&O exchange: change set answers inside a changesetresponse. */
    @Test
    void answersInsideAChangeSetResponseAreReadInOrder() {
        String body = String.join("\r\n",
                "--batchresponse_1a2b",
                "Content-Type: multipart/mixed; boundary=changesetresponse_3c4d",
                "",
                "--changesetresponse_3c4d",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 1",
                "",
                "HTTP/1.1 201 Created",
                "Location: https://env/data/SalesOrderHeadersV2(dataAreaId='usmf',SalesOrderNumber='000751')",
                "Content-Type: application/json; odata.metadata=minimal; odata.streaming=true",
                "OData-Version: 4.0",
                "",
                "{\"@odata.context\":\"https://env/data/$metadata#SalesOrderHeadersV2/$entity\",\"dataAreaId\":\"usmf\","
                        + "\"SalesOrderNumber\":\"000751\"}",
                "--changesetresponse_3c4d",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 2",
                "",
                "HTTP/1.1 201 Created",
                "OData-Version: 4.0",
                "",
                "{\"InventoryLotId\":\"000221\"}",
                "--changesetresponse_3c4d--",
                "--batchresponse_1a2b--", "");

        List<ODataBatch.Answer> answers = ODataBatch.read("multipart/mixed; boundary=batchresponse_1a2b", body);

        assertEquals(2, answers.size());
        assertEquals("1", answers.get(0).contentId());
        assertEquals(201, answers.get(0).status());
        assertTrue(answers.get(0).body().contains("\"SalesOrderNumber\":\"000751\""), answers.get(0).body());
        assertTrue(answers.get(0).headers().get("location").contains("000751"));
        assertEquals("{\"InventoryLotId\":\"000221\"}", answers.get(1).body());
    }

    @Test
    void aFailedChangeSetIsOneErrorPartOfItsOwn() {
        String body = String.join("\n",
                "--batchresponse_x",
                "Content-Type: application/http",
                "Content-Transfer-Encoding: binary",
                "Content-ID: 3",
                "",
                "HTTP/1.1 500 Internal Server Error",
                "Content-Type: application/json",
                "",
                "{\"error\":{\"code\":\"\",\"message\":\"An error has occurred.\",\"innererror\":{\"message\":\"Write failed "
                        + "for table row of type 'SalesOrderLineEntity'. Infolog: Item number WID-999 does not exist.\","
                        + "\"type\":\"Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException\"}}}",
                "--batchresponse_x--");

        List<ODataBatch.Answer> answers = ODataBatch.read("multipart/mixed; boundary=\"batchresponse_x\"", body);

        assertEquals(1, answers.size());
        assertEquals(500, answers.get(0).status());
        var failure = D365Failures.of(500, answers.get(0).body(), null, "batch");
        assertEquals("AxODataWriteException", failure.code());
        assertTrue(failure.getMessage().contains("Item number WID-999 does not exist"), failure.getMessage());
        assertTrue(failure instanceof org.o2cbridge.connector.RejectedCallException);
    }
}
