package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.sandbox.control.SimulatedSystem;
import org.o2cbridge.sandbox.d365.auth.EntraTokens;
import org.o2cbridge.sandbox.d365.billing.D365InvoiceHistory;
import org.o2cbridge.sandbox.d365.billing.D365PaymentJournals;
import org.o2cbridge.sandbox.d365.odata.BatchService;
import org.o2cbridge.sandbox.d365.odata.D365Store;
import org.o2cbridge.sandbox.d365.odata.D365Store.EntitySet;
import org.o2cbridge.sandbox.d365.odata.ODataService;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;

/**
 * The simulated Dynamics 365 Finance & Operations environment: its companies, released products,
 * customers and sales orders ({@link D365Store}), the OData service over them, the user-based
 * request budget, and the Entra ID tokens. Joins the sandbox reset, which empties the tables,
 * seeds the released products again and returns budget, tokens and traffic to their start.
 */
@ApplicationScoped
public class D365Simulator implements SimulatedSystem {

    @Inject
    SandboxTraffic traffic;

    @Inject
    EntraTokens tokens;

    @Inject
    D365InvoiceHistory invoices;

    @Inject
    D365PaymentJournals payments;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.companies", defaultValue = "usmf,demf")
    String companyList;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.items", defaultValue = "WID-100,WID-200,SVC-INSTALL")
    String itemList;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.request-budget", defaultValue = "6000")
    int budgetRequests;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.d365.request-budget-window-seconds", defaultValue = "300")
    int budgetWindowSeconds;

    private final D365Store store = new D365Store();
    private final AtomicLong overBudget = new AtomicLong();
    private final AtomicLong unauthorized = new AtomicLong();
    private ODataService service;
    private BatchService batch;
    private RequestBudget budget;

    void seedAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        service();
    }

    public synchronized ODataService service() {
        if (service == null) {
            Set<String> companies = ODataService.companies(companyList);
            service = new ODataService(store, companies, companies.contains("usmf") ? "usmf"
                    : companies.iterator().next(), key -> traffic.of(SandboxTraffic.D365).stats().recordCreated(key));
            batch = new BatchService(service);
            budget = new RequestBudget(new RequestBudget.Limit(budgetRequests, Duration.ofSeconds(budgetWindowSeconds)),
                    Clock.systemUTC());
            seedProducts();
        }
        return service;
    }

    public BatchService batch() {
        service();
        return batch;
    }

    public RequestBudget budget() {
        service();
        return budget;
    }

    public void countOverBudget() {
        overBudget.incrementAndGet();
    }

    public void countUnauthorized() {
        unauthorized.incrementAndGet();
    }

    /** Releases products (items) in every company, without a sales price (F&O's {@code SalesPrice} 0). */
    public void release(List<String> itemNumbers) {
        release(itemNumbers, BigDecimal.ZERO);
    }

    /** Releases products (items) in every company with a default sales price ({@code SalesPrice}); again: a new price. */
    public void release(List<String> itemNumbers, BigDecimal salesPrice) {
        ODataService odata = service();
        odata.store().inTransaction(tx -> {
            for (String company : ODataService.companies(companyList)) {
                for (String item : itemNumbers) {
                    tx.put(EntitySet.RELEASED_PRODUCTS, company, item, Json.createObjectBuilder()
                            .add("dataAreaId", company).add("ItemNumber", item).add("ProductNumber", item)
                            .add("ProductName", item).add("SalesPrice", salesPrice).build());
                }
            }
            return null;
        });
    }

    private void seedProducts() {
        release(List.of(itemList.split("\\s*,\\s*")));
    }

    @Override
    public String systemName() {
        return SandboxTraffic.D365;
    }

    @Override
    public synchronized void reset() {
        store.clear();
        invoices.clear();
        payments.clear();
        seedProducts();
        budget().reset();
        tokens.reset();
        overBudget.set(0);
        unauthorized.set(0);
        traffic.of(SandboxTraffic.D365).reset();
    }

    @Override
    public Map<String, Integer> recordCounts() {
        return store.counts();
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("tokenRequests", tokens.requests());
        counters.put("overBudget", overBudget.get());
        counters.put("unauthorized", unauthorized.get());
        return counters;
    }
}
