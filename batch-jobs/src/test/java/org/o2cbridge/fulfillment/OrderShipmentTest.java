package org.o2cbridge.fulfillment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderShipmentTest {

    private static Fulfillment shipment(String id, String date, String status, String... numbers) {
        return new Fulfillment(id, "IF" + id, "SO", LocalDate.parse(date), status, List.of(numbers),
                Instant.parse(date + "T10:00:00Z"));
    }

    @Test
    void partialShipmentsGiveTheUnionOfTheirNumbersTheLatestDateAndTheLatestStatus() {
        OrderShipment shipment = OrderShipment.of("801A", "SO", List.of(
                shipment("12", "2026-03-05", "Shipped", "1ZB"),
                shipment("11", "2026-03-01", "Shipped", "1ZA", "1ZB")));

        assertEquals("1ZA\n1ZB", shipment.trackingNumbers());
        assertEquals(LocalDate.parse("2026-03-05"), shipment.shipDate());
        assertEquals("Shipped", shipment.status());
        assertEquals("801A", shipment.sfOrderId());
    }

    @Test
    void theSameFulfillmentsInAnyOrderGiveTheSameShipment() {
        Fulfillment a = shipment("11", "2026-03-01", "Shipped", "1ZA");
        Fulfillment b = shipment("12", "2026-03-01", "Packed", "1ZB");

        assertEquals(OrderShipment.of("801A", "SO", List.of(a, b)), OrderShipment.of("801A", "SO", List.of(b, a)));
        assertEquals("Packed", OrderShipment.of("801A", "SO", List.of(b, a)).status());
    }

    @Test
    void beyondTheFieldTheOldestNumbersGo() {
        List<Fulfillment> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(shipment(Integer.toString(1000 + i), java.time.LocalDate.parse("2026-01-01").plusDays(i).toString(),
                    "Shipped", "1Z" + String.format("%016d", i)));
        }
        String tracking = OrderShipment.of("801A", "SO", many).trackingNumbers();

        assertTrue(tracking.length() <= OrderShipment.MAX_TRACKING_LENGTH, tracking);
        assertTrue(tracking.endsWith("1Z0000000000000299"), tracking);
        assertTrue(!tracking.contains("1Z0000000000000000"), tracking);
    }

    @Test
    void noNumbersAreNoText() {
        assertNull(OrderShipment.of("801A", "SO", List.of(shipment("1", "2026-03-01", "Picked"))).trackingNumbers());
    }
}
