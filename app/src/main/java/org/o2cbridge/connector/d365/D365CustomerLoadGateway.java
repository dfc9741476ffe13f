package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.LoadedCustomers;
import org.o2cbridge.connector.ODataBatch;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.customer.CustomerTarget;
import org.o2cbridge.customer.SalesforceAccount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * The initial load's customers written to Dynamics 365 F&O as {@code CustomersV3}, keyed and
 * mapped exactly as the order dispatch's {@link D365Gateway#upsertCustomer}: the company
 * ({@code dataAreaId}) from the {@code d365} {@code legal-entity} mapping of the legal entity the
 * run names (none is a refusal of the whole call, as for an order), the Salesforce Account Id as
 * customer account, the same body, the same Entra ID token. Per chunk, one OData v4 {@code $batch}
 * creates every customer, each in a change set of its own so one F&O refuses does not undo the
 * others. A create F&O refuses with {@code AxODataWriteException} (such as "The record already
 * exists") is followed, as in the dispatch, by an update of that customer — one more
 * {@code $batch}, a change set of one {@code PATCH} each — and the customer is the account's; an
 * update that finds no customer leaves the create's refusal as the account's outcome. F&O
 * answers a batch 200 even when parts fail: each part's own status decides.
 */
@ApplicationScoped
public class D365CustomerLoadGateway implements CustomerTarget {

    @Inject
    D365Gateway d365;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public List<Outcome> upsert(List<SalesforceAccount> accounts, String legalEntity) {
        d365.requireConfigured();
        D365RecordMapper mapper = d365.mapper();
        String company = mapper.company(legalEntity == null || legalEntity.isBlank() ? null : legalEntity.strip());
        Map<String, JsonObject> bodies = new LinkedHashMap<>();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        ODataBatch creates = new ODataBatch(ODataBatch.Version.V4);
        List<SalesforceAccount> sent = new ArrayList<>();
        for (SalesforceAccount account : accounts) {
            JsonObject body;
            try {
                body = mapper.customer(LoadedCustomers.customer(account, legalEntity), company);
            } catch (RejectedCallException unmapped) {
                // this account's values (a country the bridge cannot name): refused before D365, as for an order
                outcomes.put(account.id(), new Outcome(account.id(), false, null, unmapped.code(), unmapped.getMessage()));
                continue;
            }
            bodies.put(account.id(), body);
            sent.add(account);
            creates.changeSet(List.of(new ODataBatch.Operation("POST", "CustomersV3", body.toString())));
        }
        if (sent.isEmpty()) {
            return accounts.stream().map(a -> outcomes.get(a.id())).toList();
        }
        List<List<ODataBatch.Answer>> created = d365.odata().batchParts(creates, "customer creates");
        Map<String, Outcome> refused = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            SalesforceAccount account = sent.get(i);
            ODataBatch.Answer answer = created.get(i).get(0);
            if (answer.success()) {
                outcomes.put(account.id(), success(account, company));
                continue;
            }
            ExternalCallException failure = failure(answer, "customer create of account " + account.id());
            Outcome outcome = new Outcome(account.id(), false, null, failure.code(), failure.getMessage());
            outcomes.put(account.id(), outcome);
            if (D365Failures.WRITE_EXCEPTION.equals(failure.code())) {
                refused.put(account.id(), outcome);
            }
        }
        if (!refused.isEmpty()) {
            update(refused, bodies, company, outcomes);
        }
        return accounts.stream().map(a -> outcomes.get(a.id())).toList();
    }

    /** The customers whose create F&O refused, updated where they exist (one batch); the rest keep the refusal. */
    private void update(Map<String, Outcome> refused, Map<String, JsonObject> bodies, String company,
                        Map<String, Outcome> outcomes) {
        ODataBatch updates = new ODataBatch(ODataBatch.Version.V4);
        List<String> sent = new ArrayList<>(refused.keySet());
        sent.forEach(id -> updates.changeSet(List.of(new ODataBatch.Operation("PATCH",
                D365RecordMapper.customerKey(company, id), D365RecordMapper.withoutKeys(bodies.get(id)).toString()))));
        List<List<ODataBatch.Answer>> answers = d365.odata().batchParts(updates, "customer updates");
        for (int i = 0; i < sent.size(); i++) {
            String id = sent.get(i);
            ODataBatch.Answer answer = answers.get(i).get(0);
            if (answer.success()) {
                outcomes.put(id, new Outcome(id, true, company + ":" + id, null, null));
            } else if (answer.status() != 404) {
                ExternalCallException failure = failure(answer, "customer update of account " + id);
                outcomes.put(id, new Outcome(id, false, null, failure.code(), failure.getMessage()));
            }
        }
    }

    private static Outcome success(SalesforceAccount account, String company) {
        return new Outcome(account.id(), true, company + ":" + account.id(), null, null);
    }

    /** The port's failure for a part; one that may pass (throttled, F&O down) fails the whole call, to be retried. */
    private static ExternalCallException failure(ODataBatch.Answer answer, String what) {
        ExternalCallException failure = D365Failures.of(answer.status(), answer.body(),
                Optional.ofNullable(answer.headers().get("retry-after")).flatMap(D365Transport::seconds).orElse(null),
                what);
        if (failure instanceof RetryableCallException retryable) {
            throw retryable;
        }
        return failure;
    }
}
