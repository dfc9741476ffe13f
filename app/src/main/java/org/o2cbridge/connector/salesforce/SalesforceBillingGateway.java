package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingRecord;
import org.o2cbridge.billing.BillingTarget;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts the billing job's records into Salesforce with sObject Collections
 * ({@code PATCH /composite/sobjects/{SObject}/{ExternalIdField}}), at most 200 a call: invoices
 * and credit memos first, then payments, which name their invoice by its ERP id (none for a
 * payment on account) and carry their customer's Account. Each record stands alone; the calls run
 * outside the chunk's transaction ({@link SalesforceRest}: a 401 renews the session once).
 */
@ApplicationScoped
public class SalesforceBillingGateway implements BillingTarget {

    @Inject
    SalesforceRest rest;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UpsertOutcome> upsert(List<BillingRecord> records) {
        List<BillingRecord> invoices = records.stream()
                .filter(r -> r.document().kind() != BillingDocument.Kind.PAYMENT).toList();
        List<BillingRecord> payments = records.stream()
                .filter(r -> r.document().kind() == BillingDocument.Kind.PAYMENT).toList();
        Map<String, UpsertOutcome> outcomes = new HashMap<>();
        send(BillingCollectionsJson.INVOICE, BillingCollectionsJson.INVOICE_KEY, invoices, outcomes);
        send(BillingCollectionsJson.PAYMENT, BillingCollectionsJson.PAYMENT_KEY, payments, outcomes);
        List<UpsertOutcome> ordered = new ArrayList<>(records.size());
        records.forEach(r -> ordered.add(outcomes.get(r.document().erpId())));
        return ordered;
    }

    private void send(String sObject, String key, List<BillingRecord> records, Map<String, UpsertOutcome> outcomes) {
        for (int from = 0; from < records.size(); from += SalesforceGateway.MAX_RECORDS_PER_CALL) {
            List<BillingRecord> chunk = records.subList(from, Math.min(records.size(),
                    from + SalesforceGateway.MAX_RECORDS_PER_CALL));
            String body = BillingCollectionsJson.request(chunk);
            HttpResponse<String> response = rest.callJson("PATCH", "/composite/sobjects/" + sObject + "/" + key, body,
                    "billing upsert of " + sObject);
            BillingCollectionsJson.results(chunk, response.body()).forEach(o -> outcomes.put(o.erpId(), o));
        }
    }
}
