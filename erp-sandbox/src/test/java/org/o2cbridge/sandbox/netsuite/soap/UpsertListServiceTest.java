package org.o2cbridge.sandbox.netsuite.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.auth.TbaAuthentication;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.RecordService;
import org.o2cbridge.sandbox.netsuite.record.RecordType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * SOAP upsertList on the simulated account: customers keyed by external id (a second call updates),
 * a refused record fails alone with NetSuite's code and message, the record-count limit and a bad
 * passport are faults, and, with NetSuite's XSDs given ({@code -Do2c.fixtures.netsuite}), the
 * answers validate against them.
 */
class UpsertListServiceTest {

    private final NetSuiteAccount account = new NetSuiteAccount(List.of(), 1000);
    private final List<String> created = new ArrayList<>();
    private final UpsertListService service = new UpsertListService(
            new TbaAuthentication("1234567", "ck", "cs", "tk", "ts", 300),
            new RecordService(account, created::add, Clock.systemUTC()));

    @Test
    void customersAreUpsertedByExternalIdAndARefusedOneFailsAlone() throws Exception {
        UpsertListService.Answer first = service.handle(request(passport("cs"), customer("001A", "Acme"), customer("001B", "")));
        UpsertListService.Answer second = service.handle(request(passport("cs"), customer("001A", "Acme Renamed")));

        assertEquals(200, first.status());
        assertTrue(first.envelope().contains("isSuccess=\"true\""), first.envelope());
        assertTrue(first.envelope().contains("<platformCore:code>USER_ERROR</platformCore:code>"
                + "<platformCore:message>Please enter value(s) for: Company Name</platformCore:message>"), first.envelope());
        assertEquals(200, second.status());
        assertEquals(List.of("001A"), created, "one customer created per external id");
        JsonObject stored = account.findByExternalId(RecordType.CUSTOMER, "001A").orElseThrow();
        assertEquals("Acme Renamed", stored.getString("companyName"));
        assertEquals("US", stored.getJsonObject("addressBook").getJsonArray("items").getJsonObject(0)
                .getJsonObject("addressBookAddress").getJsonObject("country").getString("id"));
    }

    @Test
    void moreThanTwoHundredRecordsIsTheRecordCountFault() {
        String[] customers = new String[201];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = customer("C" + i, "Customer " + i);
        }
        UpsertListService.Answer answer = service.handle(request(passport("cs"), customers));
        assertEquals(500, answer.status());
        assertTrue(answer.envelope().contains("exceededRecordCountFault") && answer.envelope().contains("MAX_RCRDS_EXCEEDED"));
        assertEquals(0, account.count(RecordType.CUSTOMER));
    }

    @Test
    void aWronglySignedPassportIsAnInvalidLogin() {
        UpsertListService.Answer answer = service.handle(request(passport("not-the-secret"), customer("001A", "Acme")));
        assertEquals(500, answer.status());
        assertTrue(answer.envelope().contains("invalidCredentialsFault") && answer.envelope().contains("INVALID_LOGIN_CREDENTIALS"));
        assertEquals(0, account.count(RecordType.CUSTOMER));
    }

    @Test
    void answersValidateAgainstNetSuitesXsds() throws Exception {
        String folder = System.getProperty("o2c.fixtures.netsuite", "");
        Path xsd = Path.of(folder.isEmpty() ? "." : folder, "xsd");
        assumeTrue(Files.isRegularFile(xsd.resolve("platform.messages.xsd")),
                "NetSuite XSDs not found at o2c.fixtures.netsuite=" + folder + "; skipped");
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource[] {
                new StreamSource(xsd.resolve("platform.messages.xsd").toFile()),
                new StreamSource(xsd.resolve("platform.faults.xsd").toFile())});
        String[] tooMany = new String[201];
        java.util.Arrays.fill(tooMany, customer("X", "X"));
        for (String envelope : List.of(
                service.handle(request(passport("cs"), customer("001A", "Acme"), customer("001B", ""))).envelope(),
                service.handle(request(passport("cs"), tooMany)).envelope(),
                service.handle(request(passport("bad"), customer("001A", "Acme"))).envelope())) {
            Document document = parse(envelope);
            Element body = (Element) document.getElementsByTagNameNS(SoapMessages.SOAP, "Body").item(0);
            Element content = firstElement(body);
            if ("Fault".equals(content.getLocalName())) {
                content = firstElement((Element) content.getElementsByTagName("detail").item(0));
            }
            schema.newValidator().validate(new DOMSource(content));
        }
    }

    private static String passport(String consumerSecret) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        long timestamp = System.currentTimeMillis() / 1000;
        String signature;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((consumerSecret + "&ts").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            signature = Base64.getEncoder().encodeToString(mac.doFinal(
                    ("1234567&ck&tk&" + nonce + "&" + timestamp).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "<ns:tokenPassport xmlns:ns=\"urn:messages_2023_2.platform.webservices.netsuite.com\""
                + " xmlns:c=\"urn:core_2023_2.platform.webservices.netsuite.com\"><c:account>1234567</c:account>"
                + "<c:consumerKey>ck</c:consumerKey><c:token>tk</c:token><c:nonce>" + nonce + "</c:nonce><c:timestamp>"
                + timestamp + "</c:timestamp><c:signature algorithm=\"HMAC-SHA256\">" + signature + "</c:signature></ns:tokenPassport>";
    }

    private static String customer(String externalId, String companyName) {
        return "<m:record xsi:type=\"r:Customer\" externalId=\"" + externalId + "\"><r:isPerson>false</r:isPerson>"
                + "<r:companyName>" + companyName + "</r:companyName><r:subsidiary internalId=\"1\"/>"
                + "<r:addressbookList replaceAll=\"true\"><r:addressbook><r:defaultShipping>true</r:defaultShipping>"
                + "<r:defaultBilling>true</r:defaultBilling><r:label>Billing</r:label><r:addressbookAddress>"
                + "<co:country>_unitedStates</co:country><co:addr1>100 Market St</co:addr1><co:city>San Francisco</co:city>"
                + "<co:state>CA</co:state><co:zip>94105</co:zip></r:addressbookAddress></r:addressbook></r:addressbookList></m:record>";
    }

    private static String request(String passport, String... records) {
        return "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:m=\"urn:messages_2023_2.platform.webservices.netsuite.com\""
                + " xmlns:r=\"urn:relationships_2023_2.lists.webservices.netsuite.com\""
                + " xmlns:co=\"urn:common_2023_2.platform.webservices.netsuite.com\"><S:Header>" + passport
                + "</S:Header><S:Body><m:upsertList>" + String.join("", records) + "</m:upsertList></S:Body></S:Envelope>";
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no element in " + parent.getLocalName());
    }
}
