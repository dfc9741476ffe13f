package org.o2cbridge.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /api/v1/order-events}, bound to the published contract
 * ({@code contract/order-event.schema.json}): one or more activated Salesforce orders.
 */
public record OrderEventBatch(
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid OrderEvent> orders) {
}
