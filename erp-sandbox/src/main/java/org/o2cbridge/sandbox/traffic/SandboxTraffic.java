package org.o2cbridge.sandbox.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The traffic handling of every simulated API, by system name ({@code salesforce},
 * {@code netsuite}, {@code sap}, {@code d365}), with the concurrency limit and latency each starts with from configuration.
 * Each simulator resets its own entry when the sandbox is reset.
 */
@ApplicationScoped
public class SandboxTraffic {

    public static final String SALESFORCE = "salesforce";
    public static final String NETSUITE = "netsuite";
    public static final String D365 = "d365";
    public static final String SAP = "sap";

    private Map<String, TrafficControl> systems;

    protected SandboxTraffic() {
    }

    @Inject
    public SandboxTraffic(
            @ConfigProperty(name = "o2c.sandbox.salesforce.concurrency-limit", defaultValue = "0") int salesforceLimit,
            @ConfigProperty(name = "o2c.sandbox.salesforce.latency-millis", defaultValue = "0") long salesforceLatency,
            @ConfigProperty(name = "o2c.sandbox.netsuite.concurrency-limit", defaultValue = "5") int netsuiteLimit,
            @ConfigProperty(name = "o2c.sandbox.netsuite.latency-millis", defaultValue = "0") long netsuiteLatency,
            @ConfigProperty(name = "o2c.sandbox.sap.concurrency-limit", defaultValue = "0") int sapLimit,
            @ConfigProperty(name = "o2c.sandbox.sap.latency-millis", defaultValue = "0") long sapLatency,
            @ConfigProperty(name = "o2c.sandbox.d365.concurrency-limit", defaultValue = "52") int d365Limit,
            @ConfigProperty(name = "o2c.sandbox.d365.latency-millis", defaultValue = "0") long d365Latency) {
        this.systems = Map.of(
                SALESFORCE, new TrafficControl(new TrafficSettings(salesforceLimit, salesforceLatency)),
                NETSUITE, new TrafficControl(new TrafficSettings(netsuiteLimit, netsuiteLatency)),
                SAP, new TrafficControl(new TrafficSettings(sapLimit, sapLatency)),
                D365, new TrafficControl(new TrafficSettings(d365Limit, d365Latency)));
    }

    public Optional<TrafficControl> find(String system) {
        return Optional.ofNullable(systems.get(system));
    }

    public TrafficControl of(String system) {
        return find(system).orElseThrow(() -> new IllegalArgumentException("no simulated system " + system));
    }

    public Set<String> systemNames() {
        return systems.keySet();
    }
}
