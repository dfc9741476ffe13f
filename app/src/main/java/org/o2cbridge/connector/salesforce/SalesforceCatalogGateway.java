package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.o2cbridge.catalog.ProductRecord;
import org.o2cbridge.catalog.ProductTarget;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Upserts the product catalog job's records into Salesforce with sObject Collections
 * ({@code PATCH /composite/sobjects/Product2/ERP_Item_Id__c}), at most 200 a call. Each record
 * stands alone; the calls run outside the chunk's transaction ({@link SalesforceRest}: a 401 renews
 * the session once).
 */
@ApplicationScoped
public class SalesforceCatalogGateway implements ProductTarget {

    @Inject
    SalesforceRest rest;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UpsertOutcome> upsert(List<ProductRecord> records) {
        List<UpsertOutcome> outcomes = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += SalesforceGateway.MAX_RECORDS_PER_CALL) {
            List<ProductRecord> chunk = records.subList(from, Math.min(records.size(),
                    from + SalesforceGateway.MAX_RECORDS_PER_CALL));
            HttpResponse<String> response = rest.callJson("PATCH", "/composite/sobjects/"
                    + ProductCollectionsJson.PRODUCT + "/" + ProductCollectionsJson.PRODUCT_KEY,
                    ProductCollectionsJson.request(chunk), "product upsert");
            outcomes.addAll(ProductCollectionsJson.results(chunk, response.body()));
        }
        return outcomes;
    }
}
