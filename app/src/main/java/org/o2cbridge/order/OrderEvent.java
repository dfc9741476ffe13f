package org.o2cbridge.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.o2cbridge.xref.SalesforceIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One activated Salesforce order as the package sends it; {@code activatedAt} is
 * {@code Order.ActivatedDate} (UTC), absent from senders that predate it. {@code paymentTerms} and
 * {@code shippingMethod} are the Salesforce values; each ERP gets them through its mapping rows.
 */
public record OrderEvent(
        @NotNull @SalesforceIdOf(keyPrefix = "801", object = "Order") String sfOrderId,
        @NotBlank @Size(max = 255) String idempotencyKey,
        @Size(max = 30) String orderNumber,
        @NotNull LocalDate effectiveDate,
        Instant activatedAt,
        @NotNull @CurrencyCode String currency,
        @Size(max = 80) String poNumber,
        @Size(max = 80) String legalEntity,
        @Size(max = 80) String paymentTerms,
        @Size(max = 80) String shippingMethod,
        @NotNull @Valid OrderAccount account,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid OrderLine> lines) {

    /** The same order with every Salesforce id in its 18-character form. */
    OrderEvent normalized() {
        return new OrderEvent(SalesforceIds.canonical(sfOrderId), idempotencyKey, orderNumber, effectiveDate,
                activatedAt, currency, poNumber, legalEntity, paymentTerms, shippingMethod, account.normalized(),
                lines.stream().map(OrderLine::normalized).toList());
    }
}
