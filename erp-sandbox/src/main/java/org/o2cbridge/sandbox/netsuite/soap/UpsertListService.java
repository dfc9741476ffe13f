package org.o2cbridge.sandbox.netsuite.soap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.o2cbridge.sandbox.netsuite.auth.TbaAuthentication;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteApiException;
import org.o2cbridge.sandbox.netsuite.record.RecordService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * SuiteTalk SOAP {@code upsertList} of customers on the simulated account: the token passport is
 * verified first (a refusal is {@code invalidCredentialsFault}), more than {@link #MAX_RECORDS}
 * records is {@code exceededRecordCountFault} {@code MAX_RCRDS_EXCEEDED}, and each record is
 * upserted by its external id through the same record service as REST {@code PUT …/eid:X}, so
 * SOAP and REST share one customer per external id. A record without an external id, with an
 * internal id, or of another type fails alone, with NetSuite's status detail.
 */
@ApplicationScoped
public class UpsertListService {

    /** NetSuite's limit of records per synchronous list request. */
    public static final int MAX_RECORDS = 200;

    private static final Logger LOG = Logger.getLogger(UpsertListService.class.getName());
    private static final String REST_PREFIX = "Error while accessing resource: ";

    /** The HTTP status and the SOAP envelope of an answer. */
    public record Answer(int status, String envelope) {
    }

    @Inject
    TbaAuthentication authentication;

    @Inject
    RecordService records;

    protected UpsertListService() {
    }

    public UpsertListService(TbaAuthentication authentication, RecordService records) {
        this.authentication = authentication;
        this.records = records;
    }

    public Answer handle(String body) {
        Document message;
        try {
            message = parse(body);
        } catch (Exception e) {
            return new Answer(500, SoapMessages.fault("unexpectedErrorFault", "UNEXPECTED_ERROR",
                    "The request is not a readable SOAP message."));
        }
        Optional<String> refusal = checkPassport(message);
        if (refusal.isPresent()) {
            LOG.info(() -> "NetSuite SOAP login refused: " + refusal.get());
            return new Answer(500, SoapMessages.fault("invalidCredentialsFault", "INVALID_LOGIN_CREDENTIALS",
                    "Invalid login attempt."));
        }
        Element upsertList = first(message, SoapMessages.MESSAGES, "upsertList");
        if (upsertList == null) {
            return new Answer(500, SoapMessages.fault("unexpectedErrorFault", "UNEXPECTED_ERROR",
                    "The simulated endpoint answers upsertList only."));
        }
        List<Element> recordElements = new ArrayList<>();
        for (Node node = upsertList.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "record".equals(element.getLocalName())) {
                recordElements.add(element);
            }
        }
        if (recordElements.size() > MAX_RECORDS) {
            return new Answer(500, SoapMessages.fault("exceededRecordCountFault", "MAX_RCRDS_EXCEEDED",
                    "The request exceeded the maximum of " + MAX_RECORDS + " records allowed for this operation."));
        }
        List<SoapMessages.WriteResult> results = recordElements.stream().map(this::upsert).toList();
        return new Answer(200, SoapMessages.upsertListResponse(results, "WEBSERVICES_" + UUID.randomUUID()));
    }

    private SoapMessages.WriteResult upsert(Element record) {
        String type = record.getAttributeNS(SoapMessages.XSI, "type");
        String externalId = record.getAttribute("externalId");
        if (!type.endsWith(":Customer") && !type.equals("Customer")) {
            return failed("INVALID_RCRD_TYPE", "The record type " + type + " is not supported here.");
        }
        if (!record.getAttribute("internalId").isEmpty()) {
            return failed("INVALID_KEY_OR_REF", "An upsert takes an external id; internal ids are not allowed.");
        }
        if (externalId.isEmpty()) {
            return failed("USER_ERROR", "You must specify an external ID for this operation.");
        }
        try {
            NetSuiteAccount.Saved saved = records.upsert("customer", externalId, SoapCustomerJson.customer(record));
            return new SoapMessages.WriteResult(true, saved.id(), externalId, null, null);
        } catch (NetSuiteApiException e) {
            String code = "INVALID_CONTENT".equals(e.errorCode()) ? "INVALID_FLD_VALUE" : e.errorCode();
            String detail = e.getMessage().startsWith(REST_PREFIX) ? e.getMessage().substring(REST_PREFIX.length()) : e.getMessage();
            return failed(code, detail);
        }
    }

    private Optional<String> checkPassport(Document message) {
        Element passport = first(message, SoapMessages.MESSAGES, "tokenPassport");
        if (passport == null) {
            return Optional.of("no tokenPassport header");
        }
        Element signature = SoapCustomerJson.child(passport, "signature").orElse(null);
        return authentication.verifyPassport(text(passport, "account"), text(passport, "consumerKey"),
                text(passport, "token"), text(passport, "nonce"), text(passport, "timestamp"),
                signature == null ? null : signature.getTextContent().strip(),
                signature == null ? null : signature.getAttribute("algorithm"));
    }

    private static SoapMessages.WriteResult failed(String code, String message) {
        return new SoapMessages.WriteResult(false, null, null, code, message);
    }

    private static String text(Element parent, String name) {
        return SoapCustomerJson.text(parent, name).map(String::strip).orElse(null);
    }

    private static Element first(Document message, String namespace, String name) {
        Node node = message.getElementsByTagNameNS(namespace, name).item(0);
        return node instanceof Element element ? element : null;
    }

    private static Document parse(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }
}
