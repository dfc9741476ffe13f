package org.o2cbridge.sandbox.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;

/**
 * Uploads 200,000 orders the way the migration will, and checks that the simulator parses the
 * upload as it arrives (the rows it holds keep up with the rows sent, so the upload is never
 * gathered whole) and loads every row as a record.
 */
class IngestStreamingTest {

    private static final int ROWS = 200_000;

    private final BulkFixture bulk = new BulkFixture();

    @AfterEach
    void stop() {
        bulk.close();
    }

    /** Writes the CSV a row at a time as it is read, noting how many rows the job held meanwhile. */
    private static final class GeneratedOrders extends InputStream {
        private final IntSupplier rowsHeld;
        private final List<int[]> sentAndHeld = new ArrayList<>();
        private byte[] chunk = "ERP_External_Id__c,Account.ERP_Customer_Id__c,EffectiveDate,CurrencyIsoCode,PoNumber\n"
                .getBytes(StandardCharsets.UTF_8);
        private int position;
        private int sent;

        GeneratedOrders(IntSupplier rowsHeld) {
            this.rowsHeld = rowsHeld;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == chunk.length) {
                if (sent == ROWS) {
                    return -1;
                }
                sent++;
                if (sent % 10_000 == 0) {
                    sentAndHeld.add(new int[] {sent, rowsHeld.getAsInt()});
                }
                chunk = String.format("H-%07d,C-1,2019-%02d-%02d,USD,\"PO %d, imported\"%n", sent, 1 + sent % 12, 1 + sent % 28, sent)
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }
    }

    @Test
    void twoHundredThousandRowsAreParsedAsTheyArriveAndAllBecomeOrders() {
        bulk.run("{'object':'Account','operation':'upsert','externalIdFieldName':'ERP_Customer_Id__c'}",
                "ERP_Customer_Id__c,Name\nC-1,Acme\n");
        String jobId = bulk.createJob("{'object':'Order','operation':'upsert','externalIdFieldName':'ERP_External_Id__c'}");
        IngestJob job = bulk.ingest.get(jobId);
        GeneratedOrders upload = new GeneratedOrders(job::rowsHeld);

        bulk.ingest.upload(jobId, "text/csv; charset=UTF-8", upload);

        for (int[] point : upload.sentAndHeld) {
            assertTrue(point[1] >= point[0] - 1_000, "after " + point[0] + " rows sent the job held only " + point[1]);
        }
        assertEquals(ROWS, job.rowsHeld());
        bulk.close(jobId);
        JsonObject info = bulk.awaitFinished(jobId);
        assertEquals("JobComplete", info.getString("state"));
        assertEquals(ROWS, info.getInt("numberRecordsProcessed"));
        assertEquals(0, info.getInt("numberRecordsFailed"));
        assertEquals(ROWS, bulk.org.count(SObjectType.ORDER));
        assertEquals("PO 123456, imported",
                bulk.org.findByExternalId(SObjectType.ORDER, "ERP_External_Id__c", "H-0123456").orElseThrow().text("PoNumber"));
    }
}
