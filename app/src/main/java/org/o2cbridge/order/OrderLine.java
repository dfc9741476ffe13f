package org.o2cbridge.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.o2cbridge.xref.SalesforceIdOf;

import java.math.BigDecimal;

/** One order line. The unit price is what Salesforce shows; the ERP prices the line itself. */
public record OrderLine(
        @NotNull @SalesforceIdOf(keyPrefix = "802", object = "OrderItem") String sfOrderItemId,
        @NotBlank @Size(max = 255) String productCode,
        @NotNull @Positive BigDecimal quantity,
        @NotNull @PositiveOrZero BigDecimal unitPrice,
        @NotBlank @Size(max = 20) String unitOfMeasure) {

    OrderLine normalized() {
        return new OrderLine(SalesforceIds.canonical(sfOrderItemId), productCode, quantity, unitPrice, unitOfMeasure);
    }
}
