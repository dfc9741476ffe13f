package org.o2cbridge.sandbox.netsuite.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class OAuthSignatureTest {

    /** RFC 5849 §3.4.1.1: the request of §3.1 and the base string the RFC prints for it. */
    @Test
    void baseStringOfTheRfc5849ExampleIsTheOneTheRfcPublishes() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>(
                OAuthSignature.formParameters("b5=%3D%253D&a3=a&c%40=&a2=r%20b"));
        parameters.addAll(OAuthSignature.formParameters("c2&a3=2+q"));
        parameters.addAll(List.of(
                Map.entry("oauth_consumer_key", "9djdj82h48djs9d2"),
                Map.entry("oauth_token", "kkk9d7dh3k39sjv7"),
                Map.entry("oauth_signature_method", "HMAC-SHA1"),
                Map.entry("oauth_timestamp", "137131201"),
                Map.entry("oauth_nonce", "7d8f3e4a")));

        String base = OAuthSignature.baseString("post", URI.create("http://EXAMPLE.COM:80/request?b5=%3D%253D"), parameters);

        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D"
                + "%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7", base);
    }

    /** OAuth Core 1.0 Appendix A.5: the photos.example.net request, its base string and signature. */
    @Test
    void hmacSha1SignatureOfThePublishedPhotosExampleIsThePublishedValue() {
        URI uri = URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original");
        List<Map.Entry<String, String>> parameters = new ArrayList<>(OAuthSignature.formParameters(uri.getRawQuery()));
        parameters.addAll(List.of(
                Map.entry("oauth_consumer_key", "dpf43f3p2l4k3l03"),
                Map.entry("oauth_token", "nnch734d00sl2jdk"),
                Map.entry("oauth_signature_method", "HMAC-SHA1"),
                Map.entry("oauth_timestamp", "1191242096"),
                Map.entry("oauth_nonce", "kllo9940pd9333jh"),
                Map.entry("oauth_version", "1.0")));

        String base = OAuthSignature.baseString("GET", uri, parameters);

        assertEquals("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03"
                + "%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096"
                + "%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal", base);
        assertEquals("tR3+Ty81lMeYAr/Fid0kMTYa/WM=",
                OAuthSignature.sign(OAuthSignature.HMAC_SHA1, base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"));
    }

    @Test
    void hmacSha256SignatureEqualsOneComputedIndependentlyWithTheEncodedSecretsAsKey() throws Exception {
        String base = "PUT&https%3A%2F%2F1234567.suitetalk.api.netsuite.com%2Fservices%2Frest%2Frecord%2Fv1%2FsalesOrder%2Feid%3A801"
                + "&oauth_consumer_key%3Dck%26oauth_nonce%3Dn1%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1795329303"
                + "%26oauth_token%3Dtk%26oauth_version%3D1.0";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s%26cret%20one&t~ken".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, OAuthSignature.sign(OAuthSignature.HMAC_SHA256, base, "s&cret one", "t~ken"));
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharactersAndEncodesUtf8BytesInUpperCase() {
        assertEquals("Az09-._~%20%2B%2A%25%3A%2F%C3%A9", OAuthSignature.encode("Az09-._~ +*%:/é"));
        assertEquals("a+b é", OAuthSignature.decode("a+b%20%C3%A9"));
    }

    @Test
    void baseStringUriKeepsANonDefaultPortAndDropsTheQuery() {
        assertEquals("http://localhost:8080/sandbox/netsuite/services/rest/record/v1/customer/eid:001A",
                OAuthSignature.baseStringUri(URI.create("HTTP://LocalHost:8080/sandbox/netsuite/services/rest/record/v1/customer/eid:001A?x=1")));
        assertEquals("https://example.com/", OAuthSignature.baseStringUri(URI.create("https://example.com:443")));
    }
}
