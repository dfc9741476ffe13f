package org.o2cbridge.reconciliation;

import java.util.Iterator;

/**
 * One page of a query job's orders, read record by record while it arrives, and the locator of the
 * page after it (null after the last page). Closing it lets go of the connection.
 */
public interface OrderPage extends Iterator<SalesforceOrder>, AutoCloseable {

    String nextLocator();

    @Override
    void close();
}
