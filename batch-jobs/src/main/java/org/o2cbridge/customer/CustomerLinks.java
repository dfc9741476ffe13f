package org.o2cbridge.customer;

/**
 * Where the bridge remembers which ERP customer an account is, in the caller's transaction: the
 * cross-references the order dispatch reads, so an order of a loaded account needs no customer call.
 */
public interface CustomerLinks {

    /** Links the account to the customer {@code erpCustomerId} of the ERP {@code system}. */
    void link(String system, String sfAccountId, String erpCustomerId);
}
