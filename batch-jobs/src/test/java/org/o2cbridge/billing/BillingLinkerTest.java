package org.o2cbridge.billing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BillingLinkerTest {

    private final OrderLinks links = new OrderLinks() {
        @Override
        public Optional<String> salesforceOrder(String system, String erpOrderId) {
            return Optional.ofNullable(Map.of("sap:SO-1", "801000000000001AAA").get(system + ":" + erpOrderId));
        }

        @Override
        public Optional<String> salesforceAccount(String system, String erpCustomerId) {
            return Optional.ofNullable(Map.of("sap:C-1", "001000000000001AAA").get(system + ":" + erpCustomerId));
        }
    };

    private static BillingDocument invoice(String order, String status, String amount, String remaining) {
        return new BillingDocument("7", BillingDocument.Kind.INVOICE, "INV7", order, "C-1", null,
                new BigDecimal(amount), new BigDecimal(remaining), "USD", LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 2, 1), status, null, Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void invoiceOfAKnownOrderIsLinkedToItsOrderAndAccount() {
        BillingRecord record = new BillingLinker(new PageLinks(links, "sap")).link(invoice("SO-1", "Open", "100", "100"));
        assertEquals("801000000000001AAA", record.sfOrderId());
        assertEquals("001000000000001AAA", record.sfAccountId());
        assertEquals("Open", record.sfStatus());
    }

    @Test
    void invoiceOfAnUnknownOrderIsSkippedNamingTheOrder() {
        UnlinkedDocumentException skipped = assertThrows(UnlinkedDocumentException.class,
                () -> new BillingLinker(new PageLinks(links, "sap")).link(invoice("SO-9", "Open", "100", "100")));
        assertTrue(skipped.getMessage().contains("sales order SO-9"), skipped.getMessage());
    }

    private static BillingDocument payment(String customer, String invoice) {
        return new BillingDocument("8", BillingDocument.Kind.PAYMENT, "PMT8", null, customer, invoice,
                new BigDecimal("40"), null, "USD", LocalDate.of(2026, 1, 3), null, "Deposited", "Wire",
                Instant.parse("2026-01-03T00:00:00Z"));
    }

    @Test
    void paymentNeedsNoOrderAndCarriesItsCustomersAccount() {
        BillingRecord record = new BillingLinker(new PageLinks(links, "sap")).link(payment("C-1", "7"));
        assertNull(record.sfOrderId());
        assertEquals("001000000000001AAA", record.sfAccountId());
        assertNull(record.sfStatus());
    }

    @Test
    void paymentOfAnInvoiceWhoseCustomerIsUnknownKeepsItsInvoiceWithoutAccount() {
        BillingRecord record = new BillingLinker(new PageLinks(links, "sap")).link(payment("C-9", "7"));
        assertEquals("7", record.document().appliedToErpId());
        assertNull(record.sfAccountId());
        assertNull(new BillingLinker(new PageLinks(links, "sap")).link(payment(null, "7")).sfAccountId());
    }

    @Test
    void paymentOnAccountOfAKnownCustomerIsTheCustomersUnappliedCash() {
        BillingRecord record = new BillingLinker(new PageLinks(links, "sap")).link(payment("C-1", null));
        assertNull(record.document().appliedToErpId());
        assertEquals("001000000000001AAA", record.sfAccountId());
    }

    @Test
    void paymentOnAccountOfAnUnknownCustomerOrOfNoneIsSkippedSayingSo() {
        BillingLinker linker = new BillingLinker(new PageLinks(links, "sap"));
        UnlinkedDocumentException unknown = assertThrows(UnlinkedDocumentException.class,
                () -> linker.link(payment("C-9", null)));
        assertTrue(unknown.getMessage().contains("applied to no invoice") && unknown.getMessage().contains("C-9"),
                unknown.getMessage());
        UnlinkedDocumentException none = assertThrows(UnlinkedDocumentException.class,
                () -> linker.link(payment(null, null)));
        assertTrue(none.getMessage().contains("names no customer"), none.getMessage());
    }

    @Test
    void theCustomersOfAPageOfPaymentsAreLookedUpTogether() {
        java.util.List<java.util.Collection<String>> lookups = new java.util.ArrayList<>();
        OrderLinks counting = new OrderLinks() {
            @Override
            public Optional<String> salesforceOrder(String system, String erpOrderId) {
                throw new AssertionError("looked up alone: order " + erpOrderId);
            }

            @Override
            public Optional<String> salesforceAccount(String system, String erpCustomerId) {
                throw new AssertionError("looked up alone: customer " + erpCustomerId);
            }

            @Override
            public Map<String, String> salesforceAccounts(String system, java.util.Collection<String> erpCustomerIds) {
                lookups.add(java.util.Set.copyOf(erpCustomerIds));
                return Map.of("C-1", "001000000000001AAA");
            }
        };
        PageLinks page = new PageLinks(counting, "d365");
        page.load(java.util.List.of(payment("C-1", null), payment("C-2", "7"), payment("C-1", "8")));
        BillingLinker linker = new BillingLinker(page);

        assertEquals("001000000000001AAA", linker.link(payment("C-1", null)).sfAccountId());
        assertNull(linker.link(payment("C-2", "7")).sfAccountId());
        assertThrows(UnlinkedDocumentException.class, () -> linker.link(payment("C-2", null)));
        assertEquals(java.util.List.of(java.util.Set.of("C-1", "C-2")), lookups, "one lookup for the page");
    }

    @Test
    void erpStatusesBecomeThePackagePicklistValues() {
        assertEquals("Paid", BillingLinker.status(invoice("SO-1", "Paid In Full", "100", "0")));
        assertEquals("Partially Paid", BillingLinker.status(invoice("SO-1", "Open", "100", "60")));
        assertEquals("Paid", BillingLinker.status(invoice("SO-1", "Fully Applied", "-20", "0")));
    }
}
