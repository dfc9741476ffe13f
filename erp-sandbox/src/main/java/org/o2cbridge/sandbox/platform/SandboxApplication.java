package org.o2cbridge.sandbox.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Activates JAX-RS for the whole sandbox WAR. Each simulator serves its vendor-shaped API under its
 * own path ({@code /salesforce/...}), and the control API for tests and demos lives under
 * {@code /api/...}; resources and providers are discovered by scanning.
 */
@ApplicationPath("/")
public class SandboxApplication extends Application {
}
