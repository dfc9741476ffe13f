package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.o2cbridge.catalog.PriceRecord;
import org.o2cbridge.catalog.PriceTarget;
import org.o2cbridge.catalog.ProductTarget;
import org.o2cbridge.connector.RejectedCallException;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the product catalog job's standard prices: finds the standard price book with a REST
 * SOQL query ({@code SELECT Id FROM Pricebook2 WHERE IsStandard = true}), asks which of a batch's
 * price keys Salesforce already holds, and upserts the batch with sObject Collections
 * ({@code PATCH /composite/sobjects/PricebookEntry/ERP_Price_Key__c}, at most 200 a call), sending
 * the create-only fields only for new entries ({@link PriceCollectionsJson}). A product that
 * already has a standard price in that currency made in Salesforce (without the key) is refused
 * by Salesforce with {@code DUPLICATE_VALUE}: that entry needs its {@code ERP_Price_Key__c} set.
 * The calls run outside the chunk's transaction.
 */
@ApplicationScoped
public class SalesforcePriceGateway implements PriceTarget {

    @Inject
    SalesforceRest rest;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String standardPriceBookId() {
        HttpResponse<String> answer = rest.callJson("GET",
                PriceCollectionsJson.queryPath(PriceCollectionsJson.STANDARD_PRICE_BOOK_QUERY), null,
                "standard price book query");
        String id = PriceCollectionsJson.firstId(answer.body());
        if (id == null) {
            throw new RejectedCallException(SalesforceHttp.SYSTEM, answer.statusCode(), "NO_STANDARD_PRICE_BOOK",
                    "Salesforce has no standard price book (Pricebook2 with IsStandard = true) the integration user "
                            + "can read", null);
        }
        return id;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<ProductTarget.UpsertOutcome> upsert(String priceBookId, List<PriceRecord> records) {
        List<ProductTarget.UpsertOutcome> outcomes = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += SalesforceGateway.MAX_RECORDS_PER_CALL) {
            List<PriceRecord> chunk = records.subList(from, Math.min(records.size(),
                    from + SalesforceGateway.MAX_RECORDS_PER_CALL));
            Set<String> existing = PriceCollectionsJson.keys(rest.callJson("GET", PriceCollectionsJson.queryPath(
                    PriceCollectionsJson.existingKeysQuery(chunk.stream().map(PriceRecord::key).toList())), null,
                    "standard price query").body());
            HttpResponse<String> response = rest.callJson("PATCH", "/composite/sobjects/"
                    + PriceCollectionsJson.ENTRY + "/" + PriceCollectionsJson.ENTRY_KEY,
                    PriceCollectionsJson.request(priceBookId, chunk, existing), "standard price upsert");
            outcomes.addAll(PriceCollectionsJson.results(chunk, response.body()));
        }
        return outcomes;
    }
}
