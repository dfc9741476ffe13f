package org.o2cbridge.customer;

import java.util.Iterator;

/**
 * One page of a query job's results, read record by record while it arrives, and the locator of
 * the page after it (null after the last page). Closing it lets go of the connection.
 */
public interface AccountPage extends Iterator<SalesforceAccount>, AutoCloseable {

    String nextLocator();

    @Override
    void close();
}
