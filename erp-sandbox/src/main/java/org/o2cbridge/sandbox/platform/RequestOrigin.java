package org.o2cbridge.sandbox.platform;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The scheme, host and port a request arrived on. The sandbox shares one server with the bridge,
 * so this is where the bridge answers unless its URL is configured.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    public static URI of(UriInfo uriInfo) {
        URI base = uriInfo.getBaseUri();
        return URI.create(base.getScheme() + "://" + base.getRawAuthority());
    }
}
