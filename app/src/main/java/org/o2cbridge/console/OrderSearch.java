package org.o2cbridge.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.xref.CrossReferenceService;
import org.o2cbridge.xref.SalesforceId;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds orders the way operators ask for them: by the ERP's order number (or internal id), through
 * the cross-references the order status shows, or by Salesforce Account, through the order events
 * received. Each match is one Salesforce order, newest first.
 */
@ApplicationScoped
public class OrderSearch {

    static final int MOST = 100;

    @PersistenceContext(unitName = "o2c")
    EntityManager entities;

    @Inject
    CrossReferenceService xref;

    /** The orders whose ERP counterpart has this number or internal id, in any ERP. */
    public List<Match> byErpNumber(String number) {
        String wanted = number == null ? "" : number.strip();
        if (wanted.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "invalid-erp-number", "Enter an ERP order number."));
        }
        return matches(entities.createNativeQuery("select e.sf_order_id, e.sf_account_id, max(e.received_at) from inbound_event e"
                        + " where e.sf_order_id in (select x.sf_id from xref x where x.entity_type = ?2"
                        + " and (x.erp_number = ?1 or x.erp_id = ?1))"
                        + " group by e.sf_order_id, e.sf_account_id order by max(e.received_at) desc")
                .setParameter(1, wanted).setParameter(2, CrossReferenceService.ORDER)
                .setMaxResults(MOST).getResultList());
    }

    /** The orders of this Salesforce Account (15 or 18 characters, prefix 001). */
    public List<Match> byAccount(String accountId) {
        String given = accountId == null ? "" : accountId.strip();
        SalesforceId account = SalesforceId.parse(given).filter(id -> id.keyPrefix().equals("001"))
                .orElseThrow(() -> new ProblemException(Problem.of(400, "Bad Request", "invalid-account-id",
                        "'" + given + "' is not a Salesforce Account id (15 or 18 characters, prefix 001).")));
        return matches(entities.createNativeQuery("select e.sf_order_id, e.sf_account_id, max(e.received_at) from inbound_event e"
                        + " where e.sf_account_id = ?1"
                        + " group by e.sf_order_id, e.sf_account_id order by max(e.received_at) desc")
                .setParameter(1, account.value()).setMaxResults(MOST).getResultList());
    }

    private List<Match> matches(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(row -> {
            String order = (String) row[0];
            String erp = SalesforceId.parse(order).map(id -> xref.counterparts(CrossReferenceService.ORDER, id).stream()
                    .map(x -> x.targetSystem() + " " + (x.erpNumber() == null ? x.erpId() : x.erpNumber()))
                    .collect(Collectors.joining(", "))).orElse("");
            return new Match(order, (String) row[1], instant(row[2]), erp);
        }).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return value == null ? null : OffsetDateTime.parse(value.toString()).toInstant();
    }

    /** One order found: its Salesforce ids, when its latest event came, and its ERP counterparts. */
    public record Match(String sfOrderId, String sfAccountId, Instant lastReceivedAt, String erp) implements Serializable {
    }
}
