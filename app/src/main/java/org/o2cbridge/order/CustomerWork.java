package org.o2cbridge.order;

/**
 * The payload of a {@code customer.upsert} step: the ordering account and what of the order the
 * ERP's customer record needs (its currency and selling legal entity).
 */
public record CustomerWork(OrderAccount account, String currency, String legalEntity) {
}
