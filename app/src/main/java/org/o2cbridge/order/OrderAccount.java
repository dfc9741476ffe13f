package org.o2cbridge.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.o2cbridge.xref.SalesforceIdOf;

/** The ordering account with its addresses: what the ERP's customer record is made from. */
public record OrderAccount(
        @NotNull @SalesforceIdOf(keyPrefix = "001", object = "Account") String sfAccountId,
        @NotBlank @Size(max = 255) String name,
        @Valid Address billingAddress,
        @Valid Address shippingAddress) {

    OrderAccount normalized() {
        return new OrderAccount(SalesforceIds.canonical(sfAccountId), name, billingAddress, shippingAddress);
    }

    /** A postal address as Salesforce holds it; the street may span several lines. */
    public record Address(
            @Size(max = 255) String street,
            @Size(max = 40) String city,
            @Size(max = 80) String state,
            @Size(max = 20) String postalCode,
            @Size(max = 80) String country) {
    }
}
