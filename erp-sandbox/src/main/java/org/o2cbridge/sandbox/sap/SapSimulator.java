package org.o2cbridge.sandbox.sap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.sandbox.control.SimulatedSystem;
import org.o2cbridge.sandbox.sap.billing.SapBillingHistory;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;

/**
 * Joins the SAP S/4HANA simulator to the sandbox: builds its data ({@link SapBook}) from the
 * configured catalog and sales areas, seeds a {@code PPR0} pricing condition record for each
 * catalog product in each sales area (the catalog price in the sales organization's currency,
 * {@code o2c.sandbox.sap.price-currencies}, EUR where none is named), and on a sandbox reset forgets
 * every document, token and CSRF session, seeds the same prices again and returns the traffic
 * handling to its configured start.
 */
@ApplicationScoped
public class SapSimulator implements SimulatedSystem {

    @Inject
    SandboxTraffic traffic;

    @Inject
    SapSessions sessions;

    @Inject
    SapBillingHistory billing;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.sap.products", defaultValue = "WID-100=12.50,WID-200=27.00,SVC-INSTALL=150.00")
    String products;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.sap.sales-areas", defaultValue = "1010/10/00,1710/10/00")
    String salesAreas;

    @Inject
    @ConfigProperty(name = "o2c.sandbox.sap.price-currencies", defaultValue = "1010=EUR,1710=USD")
    String priceCurrencies;

    private SapBook book;
    private final SapPricing pricing = new SapPricing();
    private final SapDeliveries deliveries = new SapDeliveries();
    private final SapProducts productMaster = new SapProducts();

    @PostConstruct
    void build() {
        book = new SapBook(catalog(products), Set.of(salesAreas.split("\\s*,\\s*")),
                traffic.of(SandboxTraffic.SAP).stats()::recordCreated);
        seedPrices();
    }

    /** The pricing condition records {@code API_SLSPRICINGCONDITIONRECORD_SRV} reads. */
    public SapPricing pricing() {
        return pricing;
    }

    private void seedPrices() {
        pricing.clear();
        Map<String, String> currencies = new java.util.HashMap<>();
        for (String entry : priceCurrencies.split("\\s*,\\s*")) {
            String[] parts = entry.split("=", 2);
            if (parts.length == 2) {
                currencies.put(parts[0].strip(), parts[1].strip());
            }
        }
        for (String area : salesAreas.split("\\s*,\\s*")) {
            String[] parts = area.split("/");
            if (parts.length < 2) {
                continue;
            }
            for (SapBook.Product product : catalog(products)) {
                pricing.put(SapPricing.BASE_PRICE, parts[0], parts[1], product.id(), product.price(),
                        currencies.getOrDefault(parts[0], "EUR"), BigDecimal.ONE);
            }
        }
    }

    public SapBook book() {
        return book;
    }

    public SapDeliveries deliveries() {
        return deliveries;
    }

    /** The product master {@code API_PRODUCT_SRV} reads (the catalog orders are priced from is {@link SapBook}'s). */
    public SapProducts products() {
        return productMaster;
    }

    @Override
    public String systemName() {
        return SandboxTraffic.SAP;
    }

    @Override
    public void reset() {
        book.clear();
        billing.clear();
        deliveries.clear();
        productMaster.clear();
        seedPrices();
        sessions.reset();
        traffic.of(SandboxTraffic.SAP).reset();
    }

    @Override
    public Map<String, Integer> recordCounts() {
        return book.counts();
    }

    /** {@code ID=price,ID=price}. */
    static List<SapBook.Product> catalog(String text) {
        List<SapBook.Product> catalog = new ArrayList<>();
        for (String entry : text.split("\\s*,\\s*")) {
            String[] parts = entry.split("=", 2);
            if (parts.length == 2) {
                catalog.add(new SapBook.Product(parts[0].strip(), new BigDecimal(parts[1].strip())));
            }
        }
        return catalog;
    }
}
