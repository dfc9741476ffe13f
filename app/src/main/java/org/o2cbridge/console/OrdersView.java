package org.o2cbridge.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.order.OrderStatus;
import org.o2cbridge.order.OrderStatusService;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Finds orders by Salesforce Order Id, ERP order number or Salesforce Account Id, and tells one
 * order's story: its sync state, its ERP counterparts, the timeline from the event received through
 * each ERP call and its result to the write-back to Salesforce, and on demand the payloads of its
 * events and work.
 */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Look an order up by its Salesforce Order Id. */
    public static final String BY_ORDER = "order";
    /** List the orders with this ERP order number (or internal id). */
    public static final String BY_ERP_NUMBER = "erp";
    /** List the orders of this Salesforce Account. */
    public static final String BY_ACCOUNT = "account";

    @Inject
    transient OrderStatusService orders;

    @Inject
    transient OrderSearch finder;

    private String searchBy = BY_ORDER;
    private String orderId;
    private transient OrderStatus status;
    private List<OrderStatus.Payload> payloads;
    private boolean withPayloads;
    private List<OrderSearch.Match> matches;

    /**
     * Looks the order up, or lists the orders matching an ERP number or an account; called by the
     * search button and when the page opens with {@code ?order=}.
     */
    public void search() {
        status = null;
        payloads = null;
        matches = null;
        if (orderId == null || orderId.isBlank()) {
            return;
        }
        try {
            switch (searchBy == null ? BY_ORDER : searchBy) {
                case BY_ERP_NUMBER -> matches = found(finder.byErpNumber(orderId), "No order has the ERP number " + orderId.strip() + ".");
                case BY_ACCOUNT -> matches = found(finder.byAccount(orderId), "The bridge has received no order of account "
                        + orderId.strip() + ".");
                default -> {
                    status = orders.statusOf(orderId.strip());
                    if (withPayloads) {
                        showPayloads();
                    }
                }
            }
        } catch (ProblemException notFound) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, notFound.problem().detail(), null));
        }
    }

    /** Loads, on demand, the payloads of the order shown: its events and its work, pretty-printed. */
    void showPayloads() {
        payloads = orders.payloadsOf(orderId.strip()).stream()
                .map(p -> new OrderStatus.Payload(p.at(), p.what(), DeadLettersView.pretty(p.json()))).toList();
    }

    /** Whether the page was asked for the order's payloads ({@code ?payloads=true}). */
    public boolean isWithPayloads() {
        return withPayloads;
    }

    public void setWithPayloads(boolean withPayloads) {
        this.withPayloads = withPayloads;
    }

    /** The payloads asked for; null until asked. */
    public List<OrderStatus.Payload> getPayloads() {
        return payloads;
    }

    private static List<OrderSearch.Match> found(List<OrderSearch.Match> matches, String none) {
        if (matches.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, none, null));
        }
        return matches;
    }

    /** The orders found by ERP number or account; null when the search was by Order Id or not made. */
    public List<OrderSearch.Match> getMatches() {
        return matches;
    }

    public String getSearchBy() {
        return searchBy;
    }

    public void setSearchBy(String searchBy) {
        this.searchBy = searchBy;
    }

    /** The label of the search field for the kind of search chosen. */
    public String getQueryLabel() {
        return switch (searchBy == null ? BY_ORDER : searchBy) {
            case BY_ERP_NUMBER -> "ERP order number";
            case BY_ACCOUNT -> "Salesforce Account Id";
            default -> "Salesforce Order Id";
        };
    }

    public OrderStatus getStatus() {
        return status;
    }

    /** The state as operators say it: Pending, In progress, Synced, Failed. */
    public String getState() {
        if (status == null) {
            return "";
        }
        String words = status.syncState().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }
}
