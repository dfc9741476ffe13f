package org.o2cbridge.connector.netsuite;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds the TBA {@code Authorization} header to every NetSuite request, signed over the request's
 * final method and URI (path parameters and query already resolved), so what is signed is exactly
 * what is sent.
 */
class NetSuiteSigningFilter implements ClientRequestFilter {

    private final OAuth1Signer signer;

    NetSuiteSigningFilter(OAuth1Signer signer) {
        this.signer = signer;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signer.authorization(request.getMethod(), request.getUri()));
    }
}
