package org.o2cbridge.order;

import org.o2cbridge.xref.SalesforceId;

/** Converts already validated ids of the request to their 18-character form. */
final class SalesforceIds {

    private SalesforceIds() {
    }

    static String canonical(String validatedId) {
        return SalesforceId.parse(validatedId)
                .orElseThrow(() -> new IllegalStateException("id was not validated: " + validatedId))
                .value();
    }
}
