package org.o2cbridge.connector.netsuite;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON bodies the adapter writes to NetSuite's record service, as JSON-B records: null fields
 * are left out, so an unset subsidiary or address line is not sent. A reference to another record
 * is a {@link Ref} by internal id, external id or name; a sublist is {@code {"items":[…]}}. No
 * body carries a price, rate or amount: NetSuite prices the lines itself.
 */
public final class NetSuiteBodies {

    private NetSuiteBodies() {
    }

    /** A reference to another record; exactly one of the three is normally set. */
    public record Ref(String id, String externalId, String refName) {

        public static Ref id(String id) {
            return id == null ? null : new Ref(id, null, null);
        }

        public static Ref externalId(String externalId) {
            return new Ref(null, externalId, null);
        }

        public static Ref refName(String refName) {
            return refName == null ? null : new Ref(null, null, refName);
        }
    }

    /** A sublist such as {@code addressBook} or {@code item}. */
    public record Sublist<T>(List<T> items) {
    }

    public record Customer(String externalId, String companyName, Boolean isPerson, Ref subsidiary, Ref currency,
                           Sublist<AddressBookEntry> addressBook) {
    }

    public record AddressBookEntry(Boolean defaultBilling, Boolean defaultShipping, String label,
                                   Address addressBookAddress) {
    }

    public record Address(String addr1, String addr2, String addr3, String city, String state, String zip,
                          Ref country) {
    }

    public record SalesOrder(String externalId, Ref entity, String tranDate, Ref currency, String otherRefNum,
                             String memo, Ref terms, Ref shipMethod, Sublist<Line> item) {
    }

    /** A sales order line: the item by external id (the product code), quantity and unit; never a price. */
    public record Line(Ref item, BigDecimal quantity, String units) {
    }
}
