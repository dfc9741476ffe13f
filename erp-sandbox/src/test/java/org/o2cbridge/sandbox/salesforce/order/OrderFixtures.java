package org.o2cbridge.sandbox.salesforce.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.o2cbridge.sandbox.salesforce.order.CreateOrderRequest.AccountRequest;
import org.o2cbridge.sandbox.salesforce.order.CreateOrderRequest.AddressRequest;
import org.o2cbridge.sandbox.salesforce.order.CreateOrderRequest.LineRequest;

/** Draft orders as a demo would create them through the control API. */
final class OrderFixtures {

    private OrderFixtures() {
    }

    static CreateOrderRequest acmeOrder() {
        AccountRequest account = new AccountRequest("Acme Industrial Supply",
                new AddressRequest("100 Market Street\nSuite 400", "San Francisco", "CA", "94105", "US"),
                new AddressRequest("2500 Harbor Blvd", "Oakland", "CA", "94607", "US"));
        return new CreateOrderRequest(account, null, "USD", LocalDate.parse("2026-11-20"), "PO-4471", "US01", List.of(
                new LineRequest("WID-100", new BigDecimal("10"), new BigDecimal("12.5"), "EA"),
                new LineRequest("SVC-INSTALL", new BigDecimal("1.5"), new BigDecimal("90"), "HR")));
    }

    static CreateOrderRequest minimalOrder() {
        return new CreateOrderRequest(new AccountRequest("Nordwind Logistik GmbH", null, null), null, "EUR",
                LocalDate.parse("2026-11-21"), null, null,
                List.of(new LineRequest("WID-100", new BigDecimal("40"), new BigDecimal("11.9"), "EA")));
    }
}
