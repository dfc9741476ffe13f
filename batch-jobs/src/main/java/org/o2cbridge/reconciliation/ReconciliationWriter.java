package org.o2cbridge.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.customer.AccountPosition;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compares a chunk of activated orders: one look-up of the bridge's state, then each order's ERP —
 * the system of its cross-reference where the bridge synced it, else the one its legal entity is
 * routed to ({@link OrderRoutes}) — and one look-up of sales orders per ERP of the chunk, through
 * that ERP's {@link ErpOrderSource}; then {@link Reconciler}. An order whose ERP cannot be decided
 * (no routing mapping, no default ERP, no adapter) is a {@link Finding.Kind#NO_ROUTE} finding, and
 * the run goes on. In the chunk's transaction it queues
 * what the findings call for (nothing in a dry run), keeps every finding in the run's report,
 * saves the reader's position and counts the chunk into the run's {@link ReconciliationTally},
 * which the exit status says.
 */
@Named("reconciliationWriter")
@Dependent
public class ReconciliationWriter extends AbstractItemWriter {

    @Inject
    Instance<ErpOrderSource> erps;

    @Inject
    OrderRoutes routes;

    @Inject
    BridgeOrders bridge;

    @Inject
    ReconciliationReport report;

    @Inject
    JobPositions positions;

    @Inject
    JobEstimates estimates;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "dryRun")
    String dryRun;

    @Override
    public void open(Serializable checkpoint) {
        ReconciliationTally tally = tally();
        if (tally.checked() > 0) {
            estimates.done(job.getExecutionId(), tally.checked());
        }
        job.setExitStatus(tally.describe(dry()));
    }

    @Override
    public void writeItems(List<Object> items) {
        List<SalesforceOrder> orders = items.stream().map(SalesforceOrder.class::cast).toList();
        boolean dry = dry();
        ReconciliationTally tally = tally();
        tally.checked(orders.size());
        List<String> ids = orders.stream().map(SalesforceOrder::id).toList();
        Map<String, BridgeOrders.State> states = ids.isEmpty() ? Map.of() : bridge.states(ids);
        List<String> installed = ErpPorts.systems(erps);
        Map<String, List<SalesforceOrder>> bySystem = new LinkedHashMap<>();
        Map<String, String> systemOf = new HashMap<>();
        List<Finding> unrouted = new ArrayList<>();
        Map<String, OrderRoutes.Route> routed = new HashMap<>();
        for (SalesforceOrder order : orders) {
            BridgeOrders.State state = states.getOrDefault(order.id(), BridgeOrders.State.UNKNOWN);
            String system = state.xrefSystem();
            String problem = null;
            if (system == null) {
                String entity = order.legalEntity() == null || order.legalEntity().isBlank() ? ""
                        : order.legalEntity().strip();
                OrderRoutes.Route route = routed.computeIfAbsent(entity, e -> routes.route(e.isEmpty() ? null : e));
                system = route.system();
                problem = route.problem();
            }
            if (system != null && !installed.contains(system)) {
                problem = "its ERP '" + system + "' has no reconciliation adapter here (there are "
                        + String.join(", ", installed) + ")";
                system = null;
            }
            if (system == null) {
                unrouted.add(new Finding(order.id(), order.orderNumber(), Finding.Kind.NO_ROUTE,
                        "not compared: the bridge cannot tell which ERP it goes to"
                                + (order.legalEntity() == null ? "" : " (legal entity " + order.legalEntity() + ")")
                                + (problem == null ? "" : ": " + problem), Finding.Action.REPORT_ONLY));
                continue;
            }
            systemOf.put(order.id(), system);
            bySystem.computeIfAbsent(system, s -> new ArrayList<>()).add(order);
        }
        Map<String, ErpOrder> erpOrders = new HashMap<>();
        List<SalesforceOrder> compared = new ArrayList<>();
        for (Map.Entry<String, List<SalesforceOrder>> group : bySystem.entrySet()) {
            ErpOrderSource source = ErpPorts.select(erps, group.getKey());
            Map<String, ErpOrder> found = source.bySalesforceIds(group.getValue().stream().map(SalesforceOrder::id).toList());
            group.getValue().forEach(o -> {
                if (found.containsKey(o.id())) {
                    erpOrders.put(o.id(), found.get(o.id()));
                }
            });
            compared.addAll(group.getValue());
        }
        for (SalesforceOrder order : compared) {
            ErpOrder erpOrder = erpOrders.get(order.id());
            if (order.total() != null && erpOrder != null && erpOrder.total() != null) {
                tally.compared();
            }
        }
        List<Finding> planned = new ArrayList<>();
        for (Finding finding : Reconciler.compare(compared, erpOrders, states)) {
            planned.add(new Finding(finding.sfOrderId(), finding.orderNumber(), finding.kind(),
                    ErpPorts.displayName(systemOf.get(finding.sfOrderId())) + ": " + finding.detail(), finding.action()));
        }
        planned.addAll(unrouted);
        List<Finding> acted = act(planned, erpOrders, systemOf, dry);
        for (int i = 0; i < acted.size(); i++) {
            report.record(job.getExecutionId(), acted.get(i));
            tally.count(dry ? planned.get(i) : acted.get(i));
        }
        if (step.getTransientUserData() instanceof Supplier<?> position && position.get() instanceof AccountPosition at) {
            positions.save(job.getExecutionId(), job.getJobName(), ReconciliationReader.PART, at.asText());
        }
        estimates.done(job.getExecutionId(), orders.size());
        step.setPersistentUserData(tally);
        job.setExitStatus(tally.describe(dry));
    }

    /** Carries out the findings' actions; a dry run or a repair the bridge cannot make leaves a report only. */
    private List<Finding> act(List<Finding> findings, Map<String, ErpOrder> erpOrders, Map<String, String> systemOf,
                              boolean dry) {
        List<Finding> done = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.action() == Finding.Action.REPORT_ONLY) {
                done.add(finding);
            } else if (dry) {
                done.add(finding.withAction(Finding.Action.REPORT_ONLY, "dry run: would "
                        + (finding.action() == Finding.Action.ENQUEUE_SYNC ? "enqueue its sync" : "enqueue its write-back")));
            } else if (finding.action() == Finding.Action.ENQUEUE_SYNC) {
                done.add(bridge.enqueueSync(finding.sfOrderId()) ? finding
                        : finding.withAction(Finding.Action.REPORT_ONLY, "the bridge holds no event of it"));
            } else {
                done.add(bridge.enqueueWriteBack(systemOf.get(finding.sfOrderId()),
                        erpOrders.get(finding.sfOrderId())) ? finding
                        : finding.withAction(Finding.Action.REPORT_ONLY, "the bridge holds no event of it"));
            }
        }
        return done;
    }

    private ReconciliationTally tally() {
        return step.getPersistentUserData() instanceof ReconciliationTally kept ? kept : new ReconciliationTally();
    }

    private boolean dry() {
        return Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip());
    }
}
