package org.o2cbridge.console;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTimeoutTest {

    @Test
    void aPositiveDurationIsTakenInWholeSecondsRoundedUp() {
        assertEquals(1800, SessionTimeout.seconds(Duration.parse("PT30M"), SessionTimeout.PROPERTY));
        assertEquals(3, SessionTimeout.seconds(Duration.ofSeconds(3), SessionTimeout.PROPERTY));
        assertEquals(1, SessionTimeout.seconds(Duration.ofMillis(200), SessionTimeout.PROPERTY));
        assertEquals(2, SessionTimeout.seconds(Duration.ofMillis(1500), SessionTimeout.PROPERTY));
        assertEquals(Integer.MAX_VALUE, SessionTimeout.seconds(Duration.ofDays(36500), SessionTimeout.PROPERTY));
    }

    @Test
    void zeroOrANegativeDurationIsRefusedNamingTheSetting() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMinutes(-5)}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> SessionTimeout.seconds(bad, SessionTimeout.PROPERTY));
            assertTrue(refused.getMessage().startsWith("o2c.console.session-timeout must be a positive"), refused.getMessage());
        }
    }
}
