package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpGateway;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.mapping.MappingService;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * SAP S/4HANA behind the ERP port: business partners through {@code API_BUSINESS_PARTNER} (OData
 * v2), sales orders through the OData v4 sales order service, one deep insert of header and all
 * items, no prices. SAP has no upsert by external id, so every create is keyed and guarded: the
 * business partner on the Salesforce Account Id ({@code BusinessPartnerIDByExtSystem}), the order
 * on the Salesforce Order Id ({@code PurchaseOrderByCustomer}). Each create looks its key up first
 * — so a retry after a lost answer or a crash finds the document instead of making a second one —
 * and a create that got no answer is looked up again at once; if SAP does not show it yet, the next
 * attempt waits {@code o2c.sap.in-doubt-wait-seconds} for SAP to finish. An order SAP already has is
 * answered as it stands, not changed. A known customer ordering through a legal entity whose sales
 * area it is not yet in is first extended to that sales area ({@code A_CustomerSalesArea}), so
 * one business partner serves every SAP company of the account.
 */
@ApplicationScoped
public class SapGateway implements ErpGateway {

    /** The system name in outbox rows, cross-references, mapping rows and metrics. */
    public static final String SYSTEM = "sap";

    private SapSettings settings;
    private SapDocuments documents;
    private Clock clock;
    private ExternalCallMonitor monitor;
    private CallPermits permits = CallPermits.unlimited();
    private volatile SapODataClient client;
    /**
     * Business partner lookups and creates of one account run one at a time on this instance, so two
     * orders of a new account cannot both find no partner and both create one.
     */
    /** {@code customer/org/channel/division} this instance has seen in SAP, so each costs one lookup. */
    private final Set<String> knownSalesAreas = ConcurrentHashMap.newKeySet();
    private final Object[] partnerLocks = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    protected SapGateway() {
    }

    @Inject
    public SapGateway(Config config, MappingService mappings, Clock clock, ExternalCallMonitor monitor,
                      CallPermits permits) {
        this(SapSettings.from(config), mappings, clock, monitor);
        this.permits = permits;
    }

    SapGateway(SapSettings settings, MappingService mappings, Clock clock, ExternalCallMonitor monitor) {
        this.settings = settings;
        this.documents = new SapDocuments(mappings, settings);
        this.clock = clock;
        this.monitor = monitor;
    }

    public SapSettings settings() {
        return settings;
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public ErpReference upsertCustomer(ErpCustomer customer) {
        String sfAccountId = customer.sfAccountId();
        synchronized (partnerLocks[Math.floorMod(sfAccountId.hashCode(), partnerLocks.length)]) {
            Optional<ErpReference> known = findPartner(sfAccountId);
            if (known.isPresent()) {
                return known.get();
            }
            JsonObject body = documents.businessPartner(customer);
            try {
                JsonObject created = client().post(partnerService(), "A_BusinessPartner", body,
                        "business partner create").body();
                ErpReference partner = partnerReference(created.get("d") instanceof JsonObject d ? d : created);
                knownSalesAreas.add(salesAreaKey(partner.internalId(), documents.salesArea(customer.legalEntity())));
                return partner;
            } catch (RetryableCallException e) {
                if (!inDoubt(e)) {
                    throw e;
                }
                Optional<ErpReference> found = findPartner(sfAccountId);
                if (found.isPresent()) {
                    return found.get();
                }
                throw waitForSap(e, "business partner for account " + sfAccountId);
            }
        }
    }

    @Override
    public ErpReference upsertSalesOrder(ErpSalesOrder order, ErpReference customer) {
        Objects.requireNonNull(customer.internalId(), "the customer's SAP number");
        Optional<ErpReference> existing = findSalesOrder(order.sfOrderId());
        if (existing.isPresent()) {
            return withNotice(existing.get(), "SAP already has this order (PurchaseOrderByCustomer "
                    + order.sfOrderId() + "); it was not changed");
        }
        ensureSalesArea(customer.internalId(), documents.salesArea(order.legalEntity()), order.currency());
        JsonObject body = documents.salesOrder(order, customer.internalId());
        try {
            SapODataClient.Answer created = client().post(salesOrderService(), "SalesOrder", body, "sales order create");
            ErpReference reference = salesOrderReference(created.body());
            if (reference.number() == null) {
                // an answer without the document (e.g. 204 or a minimal representation): read it by its key
                reference = findSalesOrder(order.sfOrderId()).orElseThrow(() -> new RetryableCallException(SYSTEM,
                        created.status(), null, "SAP accepted sales order " + order.sfOrderId()
                        + " but does not return it when read", null, null));
            }
            return new ErpReference(reference.internalId(), reference.number(), reference.status(), created.notices());
        } catch (RetryableCallException e) {
            if (!inDoubt(e)) {
                throw e;
            }
            Optional<ErpReference> found = findSalesOrder(order.sfOrderId());
            if (found.isPresent()) {
                return withNotice(found.get(), "The create's answer was lost; SAP had made the order, found by "
                        + "PurchaseOrderByCustomer " + order.sfOrderId());
            }
            throw waitForSap(e, "sales order " + order.sfOrderId());
        }
    }

    @Override
    public Optional<ErpReference> findSalesOrder(String sfOrderId) {
        JsonObject answer = client().get(salesOrderService(), "SalesOrder?" + SapQueries.filter("PurchaseOrderByCustomer", sfOrderId)
                + "&$select=SalesOrder,OverallSDProcessStatus&$top=2", "sales order lookup");
        return SapQueries.first(answer).map(SapGateway::salesOrderReference);
    }

    /** Extends the customer to the sales area unless SAP shows it there already; safe to repeat. */
    private void ensureSalesArea(String customer, SapDocuments.SalesArea area, String currency) {
        String key = salesAreaKey(customer, area);
        if (knownSalesAreas.contains(key)) {
            return;
        }
        JsonObject answer = client().get(partnerService(), "A_CustomerSalesArea?" + SapQueries.filter(Map.of("Customer", customer,
                "SalesOrganization", area.salesOrganization(), "DistributionChannel", area.distributionChannel(),
                "Division", area.division())) + "&$top=1", "customer sales area lookup");
        if (SapQueries.first(answer).isEmpty()) {
            client().post(partnerService(), "A_CustomerSalesArea", documents.salesAreaExtension(customer, area, currency),
                    "customer sales area create");
        }
        knownSalesAreas.add(key);
    }

    private static String salesAreaKey(String customer, SapDocuments.SalesArea area) {
        return customer + "/" + area.salesOrganization() + "/" + area.distributionChannel() + "/" + area.division();
    }

    private Optional<ErpReference> findPartner(String sfAccountId) {
        JsonObject answer = client().get(partnerService(), partnerQuery(sfAccountId), "business partner lookup");
        return SapQueries.first(answer).map(SapGateway::partnerReference);
    }

    /** No answer to a create, and SAP does not show the document: the next attempt waits for SAP to finish. */
    private RetryableCallException waitForSap(RetryableCallException e, String what) {
        return new RetryableCallException(SYSTEM, e.httpStatus(), e.code(), e.getMessage() + "; SAP does not show the "
                + what + " yet, so the next attempt waits " + settings.inDoubtWait().toSeconds()
                + " s for SAP to finish before looking again", settings.inDoubtWait(), e);
    }

    private static boolean inDoubt(RetryableCallException e) {
        return SapHttp.IN_DOUBT.equals(e.code());
    }

    static ErpReference partnerReference(JsonObject partner) {
        String number = SapErrors.text(partner.get("BusinessPartner"));
        String customer = SapErrors.text(partner.get("Customer"));
        if (customer == null || customer.isBlank()) {
            throw new RejectedCallException(SYSTEM, null, "NOT_A_CUSTOMER", "SAP business partner " + number
                    + " has no customer role (" + "it cannot be a sold-to party); give it the customer role in SAP", null);
        }
        return new ErpReference(customer, number, null);
    }

    private static ErpReference salesOrderReference(JsonObject order) {
        String number = SapErrors.text(order.get("SalesOrder"));
        return new ErpReference(number, number, status(SapErrors.text(order.get("OverallSDProcessStatus"))));
    }

    /** {@code OverallSDProcessStatus} in words: A open, B in process, C completed. */
    static String status(String code) {
        if (code == null || code.isBlank() || code.equals("A")) {
            return "Open";
        }
        return switch (code) {
            case "B" -> "In Process";
            case "C" -> "Completed";
            default -> code;
        };
    }

    private static ErpReference withNotice(ErpReference reference, String notice) {
        List<String> notices = new ArrayList<>(reference.notices());
        notices.add(notice);
        return new ErpReference(reference.internalId(), reference.number(), reference.status(), notices);
    }

    /**
     * Reads {@code relative} (an entity set with its query options) under the service at
     * {@code servicePath} of the configured host: a GET with the arrangement's token, no CSRF token.
     */
    public JsonObject read(String servicePath, String relative, String what) {
        return client().get(settings.serviceRoot(servicePath), relative, what);
    }

    URI salesOrderService() {
        return settings.serviceRoot(settings.salesOrderService());
    }

    /**
     * Runs {@code work} holding the partner locks of every account (in one order, so two callers
     * cannot wait on each other): the initial load's look-ups and creates of a chunk then cannot
     * interleave with an order's look-up and create of the same account on this instance.
     */
    <T> T withPartnerLocks(java.util.Collection<String> sfAccountIds, java.util.function.Supplier<T> work) {
        int[] stripes = sfAccountIds.stream().mapToInt(id -> Math.floorMod(id.hashCode(), partnerLocks.length))
                .distinct().sorted().toArray();
        return locked(stripes, 0, work);
    }

    private <T> T locked(int[] stripes, int from, java.util.function.Supplier<T> work) {
        if (from == stripes.length) {
            return work.get();
        }
        synchronized (partnerLocks[stripes[from]]) {
            return locked(stripes, from + 1, work);
        }
    }

    SapDocuments documents() {
        return documents;
    }

    /** The query for the business partner of a Salesforce account (its key), as every lookup asks it. */
    static String partnerQuery(String sfAccountId) {
        return "A_BusinessPartner?" + SapQueries.filter("BusinessPartnerIDByExtSystem", sfAccountId)
                + "&$select=BusinessPartner,Customer&$top=2";
    }

    URI partnerService() {
        return settings.serviceRoot(settings.businessPartnerService());
    }

    SapODataClient client() {
        SapODataClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    List<String> missing = settings.missingKeys();
                    if (!missing.isEmpty()) {
                        throw new RejectedCallException(SYSTEM, null, "NOT_CONFIGURED",
                                "SAP is not configured: set " + String.join(", ", missing), null);
                    }
                    client = new SapODataClient(settings, new SapHttp(settings, monitor, permits), clock);
                }
                built = client;
            }
        }
        return built;
    }
}
