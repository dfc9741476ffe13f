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
import java.util.Locale;

/**
 * One order's story: its sync state, its ERP counterparts, and the timeline from the event
 * received through each ERP call and its result to the write-back to Salesforce.
 */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderStatusService orders;

    private String orderId;
    private transient OrderStatus status;

    /** Looks the order up; called by the search button and when the page opens with {@code ?order=}. */
    public void search() {
        status = null;
        if (orderId == null || orderId.isBlank()) {
            return;
        }
        try {
            status = orders.statusOf(orderId.strip());
        } catch (ProblemException notFound) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, notFound.problem().detail(), null));
        }
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
