package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.connector.ErpGateways;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.mapping.MappingService;

import java.util.Optional;
import java.util.SortedSet;

/**
 * Decides which ERP an order goes to, from its legal entity, through the mapping table: the row
 * {@code routing/legal-entity/<legal entity>} names the target system ({@code netsuite},
 * {@code sap}, …). Where no row names one, the order goes to {@code o2c.erp.default-system} — the
 * single-ERP installation's behaviour — unless that is {@code none}, or the order has a legal
 * entity and {@code o2c.erp.routing.require-mapping} is true (several ERPs: never guess a known
 * company's ERP). Then routing fails with a rejection that names the row to add. The company
 * inside the ERP (NetSuite subsidiary, SAP sales area) is the adapter's own mapping.
 */
@ApplicationScoped
public class OrderRouter {

    /** The mapping rows' system and the outbox target of the routing step. */
    public static final String ROUTING = "routing";
    static final String NO_DEFAULT = "none";

    private MappingService mappings;
    private ErpGateways gateways;
    private String defaultSystem;
    private boolean requireMapping;

    protected OrderRouter() {
    }

    @Inject
    public OrderRouter(MappingService mappings, ErpGateways gateways,
                       @ConfigProperty(name = "o2c.erp.default-system", defaultValue = "netsuite") String defaultSystem,
                       @ConfigProperty(name = "o2c.erp.routing.require-mapping", defaultValue = "false") boolean requireMapping) {
        this.mappings = mappings;
        this.gateways = gateways;
        this.defaultSystem = defaultSystem == null ? NO_DEFAULT : defaultSystem.strip();
        this.requireMapping = requireMapping;
    }

    /** Where an order goes, and why. */
    public record Route(String system, String reason) {
    }

    public Route route(String legalEntity) {
        String entity = legalEntity == null || legalEntity.isBlank() ? null : legalEntity.strip();
        if (entity != null) {
            Optional<String> mapped = mappings.lookup(ROUTING, MappingService.LEGAL_ENTITY, entity);
            if (mapped.isPresent()) {
                return new Route(installed(mapped.get(), "the mapping " + row(entity)),
                        "legal entity " + entity + " is routed to " + mapped.get() + " (mapping " + row(entity) + ")");
            }
            if (requireMapping) {
                throw missing(entity, "o2c.erp.routing.require-mapping is true");
            }
        }
        if (defaultSystem.isEmpty() || defaultSystem.equalsIgnoreCase(NO_DEFAULT)) {
            throw missing(entity, "o2c.erp.default-system is none");
        }
        String system = installed(defaultSystem, "o2c.erp.default-system");
        return new Route(system, (entity == null ? "the order names no legal entity" : "no mapping " + row(entity))
                + "; default system " + system + " (o2c.erp.default-system)");
    }

    private String installed(String system, String namedBy) {
        SortedSet<String> known = gateways.systems();
        if (!known.contains(system)) {
            throw new RejectedCallException(ROUTING, null, "UNKNOWN_ERP", namedBy + " names '" + system
                    + "', which is no installed ERP adapter (installed: " + String.join(", ", known) + ")", null);
        }
        return system;
    }

    private RejectedCallException missing(String entity, String why) {
        if (entity == null) {
            return new RejectedCallException(ROUTING, null, "NO_ROUTE", "The order names no legal entity and there is "
                    + "no default ERP (" + why + "): set o2c.erp.default-system, or send the order's legal entity", null);
        }
        return new RejectedCallException(ROUTING, null, "MAPPING_MISSING", "No routing for legal entity " + entity
                + " (" + why + "): add the mapping " + row(entity) + " naming its ERP (" + String.join(", ",
                gateways.systems()) + "), e.g. PUT /api/v1/admin/mappings/" + row(entity)
                + " {\"targetValue\":\"sap\"}, then replay this dead letter", null);
    }

    private static String row(String entity) {
        return ROUTING + "/" + MappingService.LEGAL_ENTITY + "/" + entity;
    }
}
