package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.ErpReference;
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

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * The initial load's customers written to SAP S/4HANA as business partners with the customer role,
 * keyed and mapped exactly as the order dispatch's {@link SapGateway#upsertCustomer}: the
 * Salesforce Account Id in {@code BusinessPartnerIDByExtSystem}, the same deep insert. Per chunk,
 * one OData v2 {@code $batch} looks every account's partner up (one {@code GET} part each, outside
 * any change set); a second creates the ones SAP does not have, each in a change set of its own,
 * so a partner SAP refuses does not undo the others. A partner found is the account's customer as
 * it stands — a rerun creates nothing. The chunk's accounts hold the dispatch's partner locks
 * meanwhile, so an order of one of them cannot create its partner at the same moment on this
 * instance. Both batches carry the CSRF token and session cookies of
 * the adapter's writes. A create batch that got no answer is not sent again blindly: after
 * {@code o2c.sap.in-doubt-wait-seconds} the partners are looked up again, and the call is
 * retried (look-up first) only for what SAP does not show.
 */
@ApplicationScoped
public class SapCustomerLoadGateway implements CustomerTarget {

    @Inject
    SapGateway sap;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public List<Outcome> upsert(List<SalesforceAccount> accounts, String legalEntity) {
        SapODataClient client = sap.client();
        return sap.withPartnerLocks(accounts.stream().map(SalesforceAccount::id).toList(), () -> {
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            List<SalesforceAccount> missing = new ArrayList<>();
            lookUp(client, accounts, outcomes, missing);
            if (!missing.isEmpty()) {
                create(client, missing, legalEntity, outcomes);
            }
            return accounts.stream().map(a -> outcomes.get(a.id())).toList();
        });
    }

    /** Each account's partner, found (its outcome) or not (in {@code missing}): one batch of reads. */
    private void lookUp(SapODataClient client, List<SalesforceAccount> accounts, Map<String, Outcome> outcomes,
                        List<SalesforceAccount> missing) {
        ODataBatch lookups = new ODataBatch(ODataBatch.Version.V2);
        accounts.forEach(a -> lookups.read(SapGateway.partnerQuery(a.id())));
        List<List<ODataBatch.Answer>> answers = client.batch(sap.partnerService(), lookups, "business partner lookups");
        for (int i = 0; i < accounts.size(); i++) {
            SalesforceAccount account = accounts.get(i);
            ODataBatch.Answer answer = answers.get(i).get(0);
            if (!answer.success()) {
                throw new RetryableCallException(SYSTEM, answer.status(), code(answer), "SAP business partner lookup "
                        + "of account " + account.id() + " in a batch answered HTTP " + answer.status() + ": "
                        + message(answer), null, null);
            }
            Optional<JsonObject> found = SapErrors.object(answer.body()).flatMap(SapQueries::first);
            if (found.isPresent()) {
                outcomes.put(account.id(), outcome(account, found.get()));
            } else {
                missing.add(account);
            }
        }
    }

    /** One batch, one change set per partner to create; each answers its partner or SAP's refusal. */
    private void create(SapODataClient client, List<SalesforceAccount> accounts, String legalEntity,
                        Map<String, Outcome> outcomes) {
        ODataBatch creates = new ODataBatch(ODataBatch.Version.V2);
        List<SalesforceAccount> sent = new ArrayList<>();
        // no sales area for the legal entity is the same for every account: the call fails
        sap.documents().salesArea(LoadedCustomers.customer(accounts.get(0), legalEntity).legalEntity());
        for (SalesforceAccount account : accounts) {
            JsonObject body;
            try {
                body = sap.documents().businessPartner(LoadedCustomers.customer(account, legalEntity));
            } catch (RejectedCallException unmapped) {
                // this account's values (a country the bridge cannot name): refused before SAP, as for an order
                outcomes.put(account.id(), new Outcome(account.id(), false, null, unmapped.code(), unmapped.getMessage()));
                continue;
            }
            creates.changeSet(List.of(new ODataBatch.Operation("POST", "A_BusinessPartner", body.toString())));
            sent.add(account);
        }
        if (sent.isEmpty()) {
            return;
        }
        List<List<ODataBatch.Answer>> answers;
        try {
            answers = client.batch(sap.partnerService(), creates, "business partner creates");
        } catch (RetryableCallException e) {
            if (!SapHttp.IN_DOUBT.equals(e.code())) {
                throw e;
            }
            throw afterWaiting(e);
        }
        for (int i = 0; i < sent.size(); i++) {
            SalesforceAccount account = sent.get(i);
            ODataBatch.Answer answer = answers.get(i).get(0);
            if (answer.success()) {
                JsonObject created = SapErrors.object(answer.body()).orElse(JsonObject.EMPTY_JSON_OBJECT);
                outcomes.put(account.id(), outcome(account, created.get("d") instanceof JsonObject d ? d : created));
            } else if (answer.status() == 429 || answer.status() >= 500) {
                throw new RetryableCallException(SYSTEM, answer.status(), code(answer), "SAP business partner create "
                        + "of account " + account.id() + " in a batch answered HTTP " + answer.status() + ": "
                        + message(answer), null, null);
            } else {
                outcomes.put(account.id(), new Outcome(account.id(), false, null, code(answer), message(answer)));
            }
        }
    }

    /**
     * The create batch got no answer: SAP may still be making the partners. The next attempt
     * (which looks every partner up first) comes only after SAP had time to finish.
     */
    private RetryableCallException afterWaiting(RetryableCallException e) {
        try {
            Thread.sleep(sap.settings().inDoubtWait().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return new RetryableCallException(SYSTEM, e.httpStatus(), e.code(), e.getMessage() + "; waited "
                + sap.settings().inDoubtWait().toSeconds() + " s for SAP to finish, the partners are looked up again",
                null, e);
    }

    private static Outcome outcome(SalesforceAccount account, JsonObject partner) {
        try {
            ErpReference reference = SapGateway.partnerReference(partner);
            return new Outcome(account.id(), true, reference.internalId(), null, null);
        } catch (RejectedCallException notACustomer) {
            return new Outcome(account.id(), false, null, notACustomer.code(), notACustomer.getMessage());
        }
    }

    /** SAP's error code of a part (v2 {@code error.code}). */
    private static String code(ODataBatch.Answer answer) {
        return SapErrors.object(answer.body()).map(b -> b.get("error") instanceof JsonObject e ? e : null)
                .map(e -> SapErrors.text(e.get("code"))).orElse("HTTP_" + answer.status());
    }

    /** SAP's message of a part (v2 {@code error.message.value}, with its details), else its status. */
    private static String message(ODataBatch.Answer answer) {
        String code = code(answer);
        String text = SapErrors.message(answer.status(), answer.body());
        return text.startsWith(code + ": ") ? text.substring(code.length() + 2) : text;
    }
}
