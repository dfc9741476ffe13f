package org.o2cbridge.sandbox.traffic;

import jakarta.servlet.ServletRequestWrapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes the network connection a request arrived on without sending a byte of the answer, so the
 * client sees the connection end (an I/O error such as "header parser received no bytes" or curl's
 * "Empty reply from server") instead of an HTTP response. The Servlet API cannot do this, so the
 * connection is reached through the server's public classes by reflection: on Payara (Catalina on
 * Grizzly) the request facade's unwrapped request, its Grizzly request, and that request's
 * connection; a Grizzly request is used as it is. Answers false when no connection can be reached.
 */
public final class ConnectionDrop {

    private static final Logger LOG = Logger.getLogger(ConnectionDrop.class.getName());
    private static final String[] UNWRAP_STEPS = {"getUnwrappedCoyoteRequest", "getCoyoteRequest"};

    private ConnectionDrop() {
    }

    public static boolean drop(Object request) {
        Object current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        try {
            for (String step : UNWRAP_STEPS) {
                Optional<Method> unwrap = publicMethod(current.getClass(), step);
                if (unwrap.isPresent()) {
                    current = unwrap.get().invoke(current);
                }
            }
            Optional<Method> connectionOf = publicMethod(current.getClass(), "getConnection");
            if (connectionOf.isEmpty()) {
                return false;
            }
            Object connection = connectionOf.get().invoke(current);
            Optional<Method> close = connection == null ? Optional.empty() : publicMethod(connection.getClass(), "closeSilently");
            if (close.isEmpty()) {
                return false;
            }
            close.get().invoke(connection);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot drop the connection of " + request.getClass().getName(), e);
            return false;
        }
    }

    /** A public no-argument method declared by a public class or interface the object is one of. */
    private static Optional<Method> publicMethod(Class<?> type, String name) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            Optional<Method> found = declaredPublic(candidate, name);
            if (found.isPresent()) {
                return found;
            }
            for (Class<?> contract : candidate.getInterfaces()) {
                Optional<Method> inContract = publicMethod(contract, name);
                if (inContract.isPresent()) {
                    return inContract;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> declaredPublic(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.getMethod(name));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
