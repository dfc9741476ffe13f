package org.o2cbridge.reconciliation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report's CSV: a header, then one quoted-where-needed row per finding, in the order found. */
class ReconciliationReportCsvTest {

    @Test
    void writesAHeaderAndOneRowPerFinding() {
        Instant at = Instant.parse("2026-12-01T03:00:00Z");
        String csv = ReconciliationReportRepository.csv(List.of(
                new ReconciliationFinding(7, new Finding("801A", "00000101", Finding.Kind.WRITE_BACK_MISSING,
                        "in the ERP as SO1, \"Pending\"", Finding.Action.ENQUEUE_WRITE_BACK), at),
                new ReconciliationFinding(7, new Finding("801B", null, Finding.Kind.MISSING_IN_ERP,
                        "needs a resend from Salesforce", Finding.Action.REPORT_ONLY), at)));
        assertEquals("order_id,order_number,kind,detail,action,recorded_at\r\n"
                + "801A,00000101,WRITE_BACK_MISSING,\"in the ERP as SO1, \"\"Pending\"\"\",ENQUEUE_WRITE_BACK,2026-12-01T03:00:00Z\r\n"
                + "801B,,MISSING_IN_ERP,needs a resend from Salesforce,REPORT_ONLY,2026-12-01T03:00:00Z\r\n", csv);
    }
}
