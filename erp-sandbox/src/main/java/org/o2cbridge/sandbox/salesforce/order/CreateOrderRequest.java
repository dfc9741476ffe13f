package org.o2cbridge.sandbox.salesforce.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The control API's description of a draft order to create in the simulated org, with either a new
 * account or the id of an existing one. Limits follow the order-event contract, so any order
 * created here can be delivered.
 */
public record CreateOrderRequest(
        @Valid AccountRequest account,
        String accountId,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @NotNull LocalDate effectiveDate,
        @Size(max = 80) String poNumber,
        @Size(max = 80) String legalEntity,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {

    /** A new account with its billing and shipping addresses. */
    public record AccountRequest(
            @NotBlank @Size(max = 255) String name,
            @Valid AddressRequest billingAddress,
            @Valid AddressRequest shippingAddress) {
    }

    /** A postal address; every part is optional. */
    public record AddressRequest(
            @Size(max = 255) String street,
            @Size(max = 40) String city,
            @Size(max = 80) String state,
            @Size(max = 20) String postalCode,
            @Size(max = 80) String country) {
    }

    /** One order line: a product, how many, at what unit price, in which unit. */
    public record LineRequest(
            @NotBlank @Size(max = 255) String productCode,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
            @NotNull @DecimalMin("0") BigDecimal unitPrice,
            @NotBlank @Size(max = 20) String unitOfMeasure) {
    }
}
