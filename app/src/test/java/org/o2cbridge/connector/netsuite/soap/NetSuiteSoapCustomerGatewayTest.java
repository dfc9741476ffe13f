package org.o2cbridge.connector.netsuite.soap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.netsuite.TokenCredentials;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The generated SOAP client against a local HTTP endpoint that records what it is sent: the
 * messages carry a token passport NetSuite can verify, NetSuite's per-record statuses become
 * outcomes, faults become retryable or rejected failures, and, when NetSuite's 2023_2 XSDs are
 * given ({@code -Do2c.fixtures.netsuite=<folder>}), the header and body validate against them.
 */
class NetSuiteSoapCustomerGatewayTest {

    private static final String MSGS = "urn:messages_2023_2.platform.webservices.netsuite.com";
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final TokenCredentials CREDENTIALS = new TokenCredentials("123456_SB1", "ck", "cs", "tk", "ts");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> soapActions = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/NetSuitePort_2023_2", exchange -> {
            sent.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            soapActions.add(exchange.getRequestHeaders().getFirst("SOAPAction"));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachCustomerGetsNetSuitesOwnOutcome() throws Exception {
        answer = envelope("<upsertListResponse xmlns=\"" + MSGS + "\"><writeResponseList>"
                + "<writeResponse><platformCore:status isSuccess=\"true\"/>"
                + "<baseRef xsi:type=\"platformCore:RecordRef\" internalId=\"901\" externalId=\"001000000000001AAA\" type=\"customer\"/></writeResponse>"
                + "<writeResponse><platformCore:status isSuccess=\"false\"><platformCore:statusDetail type=\"ERROR\">"
                + "<platformCore:code>USER_ERROR</platformCore:code><platformCore:message>Please enter value(s) for: Company Name</platformCore:message>"
                + "</platformCore:statusDetail></platformCore:status></writeResponse>"
                + "</writeResponseList></upsertListResponse>");

        List<CustomerUpsertOutcome> outcomes = gateway().upsert(customers());

        assertEquals(List.of(new CustomerUpsertOutcome("001000000000001AAA", true, "901", null, null),
                new CustomerUpsertOutcome("001000000000002AAA", false, null, "USER_ERROR",
                        "Please enter value(s) for: Company Name")), outcomes);
        assertEquals("\"upsertList\"", soapActions.get(0));
    }

    @Test
    void thePassportIsSignedAsNetSuiteDocuments() throws Exception {
        answer = successFor(2);
        gateway().upsert(customers());

        Element passport = (Element) parse(sent.get(0)).getElementsByTagNameNS(MSGS, "tokenPassport").item(0);
        String core = "urn:core_2023_2.platform.webservices.netsuite.com";
        String nonce = text(passport, core, "nonce");
        assertEquals("123456_SB1", text(passport, core, "account"));
        assertEquals(Long.toString(NOW.getEpochSecond()), text(passport, core, "timestamp"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("cs&ts".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                ("123456_SB1&ck&tk&" + nonce + "&" + NOW.getEpochSecond()).getBytes(StandardCharsets.UTF_8)));
        Element signature = (Element) passport.getElementsByTagNameNS(core, "signature").item(0);
        assertEquals(expected, signature.getTextContent());
        assertEquals("HMAC-SHA256", signature.getAttribute("algorithm"));
        assertFalse(sent.get(0).contains("cs&ts"), "no secret in the message");
    }

    @Test
    void overTheConcurrencyLimitIsRetryableAndBadCredentialsAreRejected() {
        status = 500;
        answer = fault("exceededConcurrentRequestLimitFault", "WS_REQUEST_BLOCKED",
                "The request could not be processed because too many requests are running.");
        RetryableCallException busy = assertThrows(RetryableCallException.class, () -> gateway().upsert(customers()));
        assertEquals("WS_REQUEST_BLOCKED", busy.code());

        answer = fault("invalidCredentialsFault", "INVALID_LOGIN_CREDENTIALS", "Invalid login attempt.");
        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> gateway().upsert(customers()));
        assertEquals("INVALID_LOGIN_CREDENTIALS", refused.code());
    }

    @Test
    void aSilentEndpointIsARetryableTimeout() throws Exception {
        server.removeContext("/services/NetSuitePort_2023_2");
        server.createContext("/services/NetSuitePort_2023_2", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        NetSuiteSoapCustomerGateway impatient = new NetSuiteSoapCustomerGateway(endpoint(), CREDENTIALS,
                Duration.ofSeconds(1), Duration.ofMillis(300), Clock.fixed(NOW, ZoneOffset.UTC), "1", 83);
        long started = System.nanoTime();
        RetryableCallException timedOut = assertThrows(RetryableCallException.class, () -> impatient.upsert(customers()));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_500,
                "the read timeout ended the call: " + timedOut.getMessage());
    }

    @Test
    void theSentMessagesValidateAgainstNetSuitesXsds() throws Exception {
        String folder = System.getProperty("o2c.fixtures.netsuite", "");
        Path xsd = Path.of(folder.isEmpty() ? "." : folder, "xsd");
        assumeTrue(Files.isRegularFile(xsd.resolve("platform.messages.xsd")),
                "NetSuite XSDs not found at o2c.fixtures.netsuite=" + folder + "; skipped");
        answer = successFor(2);
        gateway().upsert(customers());

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(new StreamSource[] {
                new StreamSource(xsd.resolve("platform.messages.xsd").toFile()),
                new StreamSource(xsd.resolve("lists.relationships.xsd").toFile())});
        Document message = parse(sent.get(0));
        Element header = (Element) message.getElementsByTagNameNS(SOAP, "Header").item(0);
        Element body = (Element) message.getElementsByTagNameNS(SOAP, "Body").item(0);
        Element passport = firstElement(header);
        Element upsertList = firstElement(body);
        assertEquals("tokenPassport", passport.getLocalName());
        assertEquals("upsertList", upsertList.getLocalName());
        schema.newValidator().validate(new DOMSource(passport));
        schema.newValidator().validate(new DOMSource(upsertList));
        assertTrue(sent.get(0).contains("_unitedStates"), "the country in NetSuite's enumeration");
    }

    private NetSuiteSoapCustomerGateway gateway() {
        return new NetSuiteSoapCustomerGateway(endpoint(), CREDENTIALS, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Clock.fixed(NOW, ZoneOffset.UTC), "1", 83);
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/services/NetSuitePort_2023_2");
    }

    private static List<ErpCustomer> customers() {
        ErpCustomer.Address billing = new ErpCustomer.Address("100 Market St\nSuite 4", "San Francisco", "CA", "94105", "US");
        ErpCustomer.Address shipping = new ErpCustomer.Address("1 Dock Rd", "Oakland", "CA", "94607", "US");
        return List.of(new ErpCustomer("001000000000001AAA", "Acme Industrial Supply", billing, shipping, "USD", null),
                new ErpCustomer("001000000000002AAA", "", billing, null, "USD", null));
    }

    private static String successFor(int count) {
        StringBuilder responses = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            responses.append("<writeResponse><platformCore:status isSuccess=\"true\"/><baseRef xsi:type=\"platformCore:RecordRef\" internalId=\"")
                    .append(900 + i).append("\" type=\"customer\"/></writeResponse>");
        }
        return envelope("<upsertListResponse xmlns=\"" + MSGS + "\"><writeResponseList>" + responses
                + "</writeResponseList></upsertListResponse>");
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + SOAP + "\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:platformCore=\"urn:core_2023_2.platform.webservices.netsuite.com\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String fault(String element, String code, String message) {
        return envelope("<soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>" + message
                + "</faultstring><detail><platformFaults:" + element
                + " xmlns:platformFaults=\"urn:faults_2023_2.platform.webservices.netsuite.com\"><platformFaults:code>" + code
                + "</platformFaults:code><platformFaults:message>" + message + "</platformFaults:message></platformFaults:"
                + element + "></detail></soapenv:Fault>");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Element parent, String ns, String name) {
        return parent.getElementsByTagNameNS(ns, name).item(0).getTextContent();
    }

    private static Element firstElement(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no element in " + parent.getLocalName());
    }
}
