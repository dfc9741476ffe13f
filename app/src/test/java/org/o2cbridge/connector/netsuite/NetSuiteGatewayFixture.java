package org.o2cbridge.connector.netsuite;

import org.o2cbridge.connector.ErpSalesOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Builds a gateway wired to a {@link NetSuiteStub} the way the bridge wires it to NetSuite, and sample orders. */
final class NetSuiteGatewayFixture {

    private NetSuiteGatewayFixture() {
    }

    /** A stub that accepts only signatures made with {@link NetSuiteGatewayTest#CREDENTIALS}. */
    static NetSuiteStub stub() {
        TokenCredentials c = NetSuiteGatewayTest.CREDENTIALS;
        try {
            return new NetSuiteStub(new TbaSignatureCheck(c.realm(), c.consumerKey(), c.consumerSecret(), c.tokenId(), c.tokenSecret()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NetSuiteGateway gateway(NetSuiteStub stub, TokenCredentials credentials, Duration readTimeout) {
        return gateway(new NetSuiteSettings(stub.baseUrl(), credentials, Duration.ofSeconds(2), readTimeout, 83, 5, "7", java.time.ZoneId.of("UTC")));
    }

    static NetSuiteGateway gateway(NetSuiteSettings settings) {
        return new NetSuiteGateway(new NetSuiteRecords(settings, NetSuiteGatewayTest.CLOCK), NetSuiteGatewayTest.mappings());
    }

    static ErpSalesOrder threeLineOrder(String sfOrderId, String sfAccountId) {
        return NetSuiteGatewayTest.order(sfOrderId, sfAccountId, List.of(
                new ErpSalesOrder.Line("802Dn00000Aa1AAIAZ", "WID-100", new BigDecimal("10"), "EA"),
                new ErpSalesOrder.Line("802Dn00000Aa2AAIAZ", "WID-200", new BigDecimal("2.5"), "EA"),
                new ErpSalesOrder.Line("802Dn00000Aa3AAIAZ", "WID-300", new BigDecimal("1"), "BOX")));
    }
}
