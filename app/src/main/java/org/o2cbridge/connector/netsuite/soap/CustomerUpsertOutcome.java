package org.o2cbridge.connector.netsuite.soap;

/**
 * How NetSuite took one customer of an {@code upsertList}: its internal id when written, else
 * NetSuite's status detail code and message.
 */
public record CustomerUpsertOutcome(String sfAccountId, boolean success, String internalId, String code,
                                    String message) {
}
