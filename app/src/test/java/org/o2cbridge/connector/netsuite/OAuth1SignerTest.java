package org.o2cbridge.connector.netsuite;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The TBA signer reproduces the published OAuth 1.0a vectors and an independently computed HMAC-SHA256. */
class OAuth1SignerTest {

    private static final List<Map.Entry<String, String>> RFC_3_4_1_PARAMETERS = List.of(
            Map.entry("oauth_consumer_key", "9djdj82h48djs9d2"),
            Map.entry("oauth_token", "kkk9d7dh3k39sjv7"),
            Map.entry("oauth_signature_method", "HMAC-SHA1"),
            Map.entry("oauth_timestamp", "137131201"),
            Map.entry("oauth_nonce", "7d8f3e4a"),
            Map.entry("c2", ""),
            Map.entry("a3", "2 q"));

    private static final URI RFC_3_4_1_URI = URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");

    @Test
    void baseStringMatchesRfc5849Section3411Example() {
        String expected = "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
                + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
                + "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
                + "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
                + "9d7dh3k39sjv7";

        assertEquals(expected, OAuth1Signer.baseString("POST", RFC_3_4_1_URI, RFC_3_4_1_PARAMETERS));
    }

    @Test
    void normalizedParametersMatchRfc5849Section34132Example() {
        List<Map.Entry<String, String>> parameters = new java.util.ArrayList<>(OAuth1Signer.queryParameters(RFC_3_4_1_URI));
        parameters.addAll(RFC_3_4_1_PARAMETERS);

        assertEquals("a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9dj"
                        + "dj82h48djs9d2&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1"
                        + "&oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7",
                OAuth1Signer.normalizedParameters(parameters));
    }

    @Test
    void baseStringUriIsNormalizedPerRfc5849Section3412() {
        assertEquals("http://example.com/r%20v/X", OAuth1Signer.baseStringUri(URI.create("HTTP://EXAMPLE.COM:80/r%20v/X?id=123")));
        assertEquals("https://www.example.net:8080/", OAuth1Signer.baseStringUri(URI.create("https://www.example.net:8080/?q=1")));
        assertEquals("https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/customer/eid:001",
                OAuth1Signer.baseStringUri(URI.create("https://1234567.SuiteTalk.api.netsuite.com:443/services/rest/record/v1/customer/eid:001")));
    }

    @Test
    void hmacSha1SignatureMatchesRfc5849Section12Example() {
        OAuth1Signer signer = new OAuth1Signer(photosCredentials(), Clock.systemUTC(), OAuth1Signer.Method.HMAC_SHA1, () -> "unused");
        String baseString = OAuth1Signer.baseString("GET", URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"),
                List.of(Map.entry("oauth_consumer_key", "dpf43f3p2l4k3l03"), Map.entry("oauth_token", "nnch734d00sl2jdk"),
                        Map.entry("oauth_signature_method", "HMAC-SHA1"), Map.entry("oauth_timestamp", "137131202"),
                        Map.entry("oauth_nonce", "chapoH")));

        assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", signer.sign(baseString));
    }

    @Test
    void authorizationHeaderCarriesTheClassicOAuthExampleSignature() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1191242096), ZoneOffset.UTC);
        OAuth1Signer signer = new OAuth1Signer(photosCredentials(), clock, OAuth1Signer.Method.HMAC_SHA1, () -> "kllo9940pd9333jh");

        String header = signer.authorization("GET", URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"));

        assertEquals("OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_token=\"nnch734d00sl2jdk\", "
                + "oauth_nonce=\"kllo9940pd9333jh\", oauth_timestamp=\"1191242096\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_version=\"1.0\", oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"", header);
    }

    @Test
    void netSuiteHeaderIsSignedWithHmacSha256OverTheExactMethodUriAndQuery() throws Exception {
        TokenCredentials credentials = new TokenCredentials("1234567_SB1", "ck-1", "c+s/1=", "tk-1", "t s~2");
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1767225600), ZoneOffset.UTC);
        OAuth1Signer signer = new OAuth1Signer(credentials, clock, OAuth1Signer.Method.HMAC_SHA256, () -> "n0nce");

        String header = signer.authorization("PUT",
                URI.create("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/salesOrder/eid:801xx?replace=item"));

        String baseString = "PUT&https%3A%2F%2F1234567-sb1.suitetalk.api.netsuite.com%2Fservices%2Frest%2Frecord%2Fv1"
                + "%2FsalesOrder%2Feid%3A801xx&oauth_consumer_key%3Dck-1%26oauth_nonce%3Dn0nce"
                + "%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1767225600%26oauth_token%3Dtk-1"
                + "%26oauth_version%3D1.0%26replace%3Ditem";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("c%2Bs%2F1%3D&t%20s~2".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));

        assertEquals("OAuth realm=\"1234567_SB1\", oauth_consumer_key=\"ck-1\", oauth_token=\"tk-1\", oauth_nonce=\"n0nce\", "
                + "oauth_timestamp=\"1767225600\", oauth_signature_method=\"HMAC-SHA256\", oauth_version=\"1.0\", "
                + "oauth_signature=\"" + PercentEncoding.encode(expected) + "\"", header);
    }

    @Test
    void eachHeaderHasAFreshNonceAndNoSecret() {
        TokenCredentials credentials = new TokenCredentials("1234567", "ck", "consumer-secret-value", "tk", "token-secret-value");
        OAuth1Signer signer = new OAuth1Signer(credentials, Clock.systemUTC());
        URI uri = URI.create("https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/customer/eid:001");

        String first = signer.authorization("GET", uri);
        String second = signer.authorization("GET", uri);

        assertFalse(first.equals(second), "two headers with the same nonce");
        assertFalse(first.contains("secret-value"), "a secret in the header");
        assertFalse(credentials.toString().contains("secret-value"), "a secret in toString");
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharacters() {
        assertEquals("abcABC123-._~%20%2A%2B%2F%3D%25%C3%A9", PercentEncoding.encode("abcABC123-._~ *+/=%é"));
    }

    private static TokenCredentials photosCredentials() {
        return new TokenCredentials("Photos", "dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");
    }
}
