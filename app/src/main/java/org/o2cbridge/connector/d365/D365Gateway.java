package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpGateway;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.ODataBatch;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.RequestBudget;
import org.o2cbridge.mapping.MappingService;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dynamics 365 Finance & Operations behind the ERP port, through its OData data entities. The
 * customer is {@code CustomersV3} with the Salesforce Account Id as customer account: created, or
 * updated when it exists already. The sales order is {@code SalesOrderHeadersV2} and its
 * {@code SalesOrderLines} created in ONE {@code $batch} change set — one HTTP call, all or
 * nothing — with the Salesforce Order Id as {@code CustomersOrderReference}. F&O numbers orders
 * itself, so an order that may have been sent before (a repeated attempt, a lost answer, a crash)
 * is first looked up by that reference and returned instead of created again. Internal ids are
 * {@code <dataAreaId>:<key>}, so nothing D365-specific leaves this package.
 */
@ApplicationScoped
public class D365Gateway implements ErpGateway {

    /** The system name in outbox rows, cross-references, mappings and configuration keys. */
    public static final String SYSTEM = "d365";

    private D365Settings settings;
    private D365OData odata;
    private D365RecordMapper mapper;

    protected D365Gateway() {
    }

    @Inject
    public D365Gateway(Config config, Clock clock, ExternalCallMonitor monitor, MappingService mappings,
                       RequestBudget budget, CallPermits permits) {
        this(D365Settings.from(config), clock, monitor, mappings, budget, permits);
    }

    private D365Gateway(D365Settings settings, Clock clock, ExternalCallMonitor monitor, MappingService mappings,
                        RequestBudget budget, CallPermits permits) {
        this.settings = settings;
        this.mapper = new D365RecordMapper(mappings, settings);
        D365Transport transport = new D365Transport(settings, monitor);
        this.odata = new D365OData(settings, transport, new EntraTokenService(settings, transport, clock),
                budgetGate(settings.budget(), budget), permits);
    }

    /** Each call's request of the shared budget, held from before it is sent until it has ended. */
    private static D365OData.BudgetGate budgetGate(D365Settings.Budget limit, RequestBudget budget) {
        return () -> {
            RequestBudget.Grant grant = budget.take(SYSTEM, limit.requests(), limit.window().plus(limit.margin()),
                    limit.maxWait());
            return new D365OData.Ticket() {
                @Override
                public Optional<Duration> refusedFor() {
                    return grant.refusedFor();
                }

                @Override
                public void close() {
                    grant.close();
                }
            };
        };
    }

    public D365Settings settings() {
        return settings;
    }

    D365OData odata() {
        return odata;
    }

    D365RecordMapper mapper() {
        return mapper;
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public ErpReference upsertCustomer(ErpCustomer customer) {
        requireConfigured();
        String company = mapper.company(customer.legalEntity());
        JsonObject body = mapper.customer(customer, company);
        String key = D365RecordMapper.customerKey(company, customer.sfAccountId());
        try {
            odata.post("CustomersV3", body, "customer create");
        } catch (RejectedCallException refused) {
            if (!D365Failures.WRITE_EXCEPTION.equals(refused.code())
                    || odata.get(key, "customer read").isEmpty()) {
                throw refused;
            }
            if (!odata.patch(key, D365RecordMapper.withoutKeys(body), "customer update")) {
                throw refused;
            }
        }
        return ErpReference.of(company + ":" + customer.sfAccountId());
    }

    @Override
    public ErpReference upsertSalesOrder(ErpSalesOrder order, ErpReference customer) {
        return upsertSalesOrder(order, customer, true);
    }

    @Override
    public ErpReference upsertSalesOrder(ErpSalesOrder order, ErpReference customer, boolean mayExist) {
        requireConfigured();
        Objects.requireNonNull(customer.internalId(), "the customer's D365 id");
        String company = mapper.company(order.legalEntity());
        if (mayExist) {
            Optional<ErpReference> existing = find(order.sfOrderId(), company);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String account = customer.internalId().substring(customer.internalId().indexOf(':') + 1);
        List<ODataBatch.Operation> writes = new ArrayList<>();
        writes.add(new ODataBatch.Operation("POST", "SalesOrderHeadersV2",
                mapper.salesOrderHeader(order, company, account).toString()));
        for (ErpSalesOrder.Line line : order.lines()) {
            writes.add(new ODataBatch.Operation("POST", "$1/SalesOrderLines",
                    mapper.salesOrderLine(line, company).toString()));
        }
        List<ODataBatch.Answer> answers = odata.batch(new ODataBatch(ODataBatch.Version.V4).changeSet(writes),
                "sales order batch");
        for (ODataBatch.Answer answer : answers) {
            if (answer.status() / 100 != 2) {
                throw D365Failures.of(answer.status(), answer.body(),
                        Optional.ofNullable(answer.headers().get("retry-after")).flatMap(D365Transport::seconds)
                                .orElse(null), "sales order batch (operation " + answer.contentId() + ")");
            }
        }
        JsonObject header = D365OData.json(answers.get(0).body());
        if (!header.containsKey("SalesOrderNumber")) {
            throw new RetryableCallException(SYSTEM, answers.get(0).status(), null, "D365 created sales order for "
                    + order.sfOrderId() + " but did not answer its number", null, null);
        }
        return reference(header);
    }

    @Override
    public Optional<ErpReference> findSalesOrder(String sfOrderId) {
        requireConfigured();
        return find(sfOrderId, null);
    }

    private Optional<ErpReference> find(String sfOrderId, String company) {
        return odata.get(D365RecordMapper.salesOrderQuery(sfOrderId, company), "sales order lookup")
                .map(answer -> answer.get("value") instanceof JsonArray value ? value : JsonArray.EMPTY_JSON_ARRAY)
                .filter(value -> !value.isEmpty())
                .map(value -> reference(value.getJsonObject(0)));
    }

    private static ErpReference reference(JsonObject header) {
        String number = header.getString("SalesOrderNumber");
        return new ErpReference(header.getString("dataAreaId") + ":" + number, number,
                header.getString("SalesOrderStatus", null));
    }

    /**
     * Reads {@code path} (an entity set with its query options) under the service root; a query
     * answers 200 with its rows, so a 404 says the entity set is not there.
     */
    public JsonObject read(String path, String what) {
        requireConfigured();
        return odata.get(path, what).orElseThrow(() -> new RejectedCallException(SYSTEM, 404, "NOT_FOUND",
                "D365 " + what + ": the service has no " + path.split("\\?", 2)[0], null));
    }

    void requireConfigured() {
        List<String> missing = settings.missingKeys();
        if (!missing.isEmpty()) {
            throw new RejectedCallException(SYSTEM, null, "NOT_CONFIGURED",
                    "D365 is not configured: set " + String.join(", ", missing), null);
        }
    }
}
