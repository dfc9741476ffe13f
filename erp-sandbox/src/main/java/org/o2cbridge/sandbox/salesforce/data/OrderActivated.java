package org.o2cbridge.sandbox.salesforce.data;

import java.net.URI;

/**
 * Published when a REST update moves an Order to Activated, as the O2C package's trigger publishes
 * its platform event. {@code origin} is the scheme, host and port the update arrived on, where the
 * bridge is assumed to run unless a bridge URL is configured.
 */
public record OrderActivated(String orderId, URI origin) {
}
