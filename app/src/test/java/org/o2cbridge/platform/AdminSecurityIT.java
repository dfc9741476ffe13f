package org.o2cbridge.platform;

import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin API lets operators in and keeps everyone else out, on the server, whatever the request. */
class AdminSecurityIT extends IntegrationSuite {

    @Test
    void operatorListsDeadLetters() {
        assertEquals(200, deadLetters(basic("operator", IntegrationEnvironment.OPERATOR_PASSWORD)).status());
    }

    @Test
    void viewerIsForbiddenToUseTheAdminApi() {
        HttpCalls.Answer answer = deadLetters(basic("viewer", IntegrationEnvironment.VIEWER_PASSWORD));

        assertEquals(403, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void viewerCannotReplayEvenWithAHandMadeRequest() {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters/1/replay"))
                .header("Authorization", basic("viewer", IntegrationEnvironment.VIEWER_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(403, answer.status(), answer.body());
    }

    @Test
    void wrongPasswordUnknownUserAndNoCredentialsAreUnauthorized() {
        assertEquals(401, deadLetters(basic("operator", "not-the-password")).status());
        assertEquals(401, deadLetters(basic("mallory", "anything")).status());
        assertEquals(401, deadLetters(null).status());
        assertEquals(401, deadLetters("Bearer " + org.o2cbridge.testing.TestTokens.valid()).status());
    }

    private HttpCalls.Answer deadLetters(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpCalls.send(request);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
