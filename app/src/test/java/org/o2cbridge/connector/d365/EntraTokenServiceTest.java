package org.o2cbridge.connector.d365;

import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RejectedCallException;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntraTokenServiceTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final List<String> forms = new ArrayList<>();
    private int status = 200;
    private long lifetime = 3599;

    @Test
    void oneTokenServesEveryCallOfItsLifetimeAndIsRenewedBeforeItExpires() {
        EntraTokenService tokens = service("https://login.microsoftonline.com/t/oauth2/v2.0/token", 300);

        String first = tokens.token();
        now = now.plusSeconds(3599 - 301);
        assertEquals(first, tokens.token());
        assertEquals(1, forms.size());

        now = now.plusSeconds(2);
        String renewed = tokens.token();
        assertEquals(2, forms.size(), "renewed 300 s before expiry");
        assertTrue(!renewed.equals(first));
    }

    @Test
    void aShortLifetimeIsRenewedAtHalfOfIt() {
        lifetime = 60;
        EntraTokenService tokens = service("https://login.microsoftonline.com/t/oauth2/v2.0/token", 300);
        tokens.token();
        now = now.plusSeconds(29);
        tokens.token();
        assertEquals(1, forms.size());
        now = now.plusSeconds(1);
        tokens.token();
        assertEquals(2, forms.size());
    }

    @Test
    void v2AsksForTheEnvironmentsDefaultScopeAndV1ForTheResource() {
        service("https://login.microsoftonline.com/t/oauth2/v2.0/token", 300).token();
        service("https://login.windows.net/t/oauth2/token", 300).token();

        assertTrue(forms.get(0).contains("scope=https%3A%2F%2Fenv.operations.dynamics.com%2F.default"), forms.get(0));
        assertTrue(forms.get(0).contains("grant_type=client_credentials"), forms.get(0));
        assertTrue(forms.get(1).contains("resource=https%3A%2F%2Fenv.operations.dynamics.com")
                && !forms.get(1).contains("scope="), forms.get(1));
    }

    @Test
    void aRefusedClientIsARejectionWithEntrasMessage() {
        status = 401;
        RejectedCallException e = assertThrows(RejectedCallException.class,
                () -> service("https://login.microsoftonline.com/t/oauth2/v2.0/token", 300).token());
        assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
    }

    @Test
    void anInvalidatedTokenIsFetchedAgain() {
        EntraTokenService tokens = service("https://login.microsoftonline.com/t/oauth2/v2.0/token", 300);
        String first = tokens.token();
        tokens.invalidate(first);
        tokens.token();
        assertEquals(2, forms.size());
    }

    private EntraTokenService service(String tokenUrl, long renewBefore) {
        D365Settings settings = new D365Settings("https://env.operations.dynamics.com", tokenUrl,
                "https://env.operations.dynamics.com", "client", "s3cret", Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(renewBefore), 100, 2, null,
                new D365Settings.Budget(0, Duration.ofSeconds(300), Duration.ZERO, Duration.ZERO));
        D365Transport transport = new D365Transport(settings, ExternalCallMonitor.unmetered(clock)) {
            @Override
            public HttpResponse<String> send(HttpRequest.Builder request, String what) {
                HttpRequest built = request.build();
                forms.add(body(built));
                String answer = status == 200
                        ? "{\"token_type\":\"Bearer\",\"expires_in\":" + lifetime + ",\"access_token\":\"t" + forms.size() + "\"}"
                        : "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}";
                return new Answer(built, status, answer);
            }
        };
        return new EntraTokenService(settings, transport, clock);
    }

    private static String body(HttpRequest request) {
        StringBuilder text = new StringBuilder();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                text.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
        return text.toString();
    }

    private record Answer(HttpRequest request, int statusCode, String body) implements HttpResponse<String> {
        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
