package org.o2cbridge.console;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a console session may stay idle: {@code o2c.console.session-timeout}, or for one of the
 * bridge's own users {@code o2c.security.user.<name>.session-timeout} when set. Any positive
 * duration is taken, rounded up to whole seconds (the servlet session counts seconds); zero or a
 * negative duration is a configuration error, never "no timeout".
 */
final class SessionTimeout {

    static final String PROPERTY = "o2c.console.session-timeout";

    private SessionTimeout() {
    }

    /** The seconds for {@code HttpSession.setMaxInactiveInterval} of a session of {@code user}. */
    static int secondsFor(Config config, Duration configured, String user) {
        String own = "o2c.security.user." + user + ".session-timeout";
        Optional<Duration> ofUser = user == null ? Optional.empty() : config.getOptionalValue(own, Duration.class);
        return ofUser.isPresent() ? seconds(ofUser.get(), own) : seconds(configured, PROPERTY);
    }

    /** {@code timeout} in whole seconds, at least one; refuses a duration that is not positive. */
    static int seconds(Duration timeout, String property) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalStateException(property + " must be a positive ISO-8601 duration such as PT30M; it is "
                    + timeout);
        }
        long seconds = timeout.plusNanos(999_999_999L).getSeconds();
        return (int) Math.min(Integer.MAX_VALUE, seconds);
    }
}
