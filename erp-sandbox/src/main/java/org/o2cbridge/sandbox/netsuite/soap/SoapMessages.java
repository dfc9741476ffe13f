package org.o2cbridge.sandbox.netsuite.soap;

import java.util.List;

/**
 * The SOAP answers of the simulated SuiteTalk 2023_2 endpoint, in NetSuite's namespaces and element
 * order: an {@code upsertListResponse} with one {@code writeResponse} per record, and the faults
 * ({@code soapenv:Server.userException} with NetSuite's fault element and code as detail).
 */
public final class SoapMessages {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String MESSAGES = "urn:messages_2023_2.platform.webservices.netsuite.com";
    static final String CORE = "urn:core_2023_2.platform.webservices.netsuite.com";
    static final String FAULTS = "urn:faults_2023_2.platform.webservices.netsuite.com";
    static final String RELATIONSHIPS = "urn:relationships_2023_2.lists.webservices.netsuite.com";
    static final String COMMON = "urn:common_2023_2.platform.webservices.netsuite.com";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** One record's result: its internal and external id when written, else NetSuite's code and message. */
    record WriteResult(boolean success, String internalId, String externalId, String code, String message) {
    }

    private SoapMessages() {
    }

    static String upsertListResponse(List<WriteResult> results, String nsId) {
        StringBuilder body = new StringBuilder("<upsertListResponse xmlns=\"").append(MESSAGES)
                .append("\"><writeResponseList>");
        for (WriteResult result : results) {
            body.append("<writeResponse>");
            if (result.success()) {
                body.append("<platformCore:status isSuccess=\"true\"/>")
                        .append("<baseRef xsi:type=\"platformCore:RecordRef\" internalId=\"").append(result.internalId())
                        .append("\" externalId=\"").append(escape(result.externalId())).append("\" type=\"customer\"/>");
            } else {
                body.append("<platformCore:status isSuccess=\"false\"><platformCore:statusDetail type=\"ERROR\">")
                        .append("<platformCore:code>").append(result.code()).append("</platformCore:code>")
                        .append("<platformCore:message>").append(escape(result.message())).append("</platformCore:message>")
                        .append("</platformCore:statusDetail></platformCore:status>");
            }
            body.append("</writeResponse>");
        }
        body.append("</writeResponseList></upsertListResponse>");
        return envelope("<platformMsgs:documentInfo xmlns:platformMsgs=\"" + MESSAGES + "\"><platformMsgs:nsId>"
                + nsId + "</platformMsgs:nsId></platformMsgs:documentInfo>", body.toString());
    }

    public static String fault(String element, String code, String message) {
        return envelope(null, "<soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>"
                + escape(message) + "</faultstring><detail><platformFaults:" + element + " xmlns:platformFaults=\""
                + FAULTS + "\"><platformFaults:code>" + code + "</platformFaults:code><platformFaults:message>"
                + escape(message) + "</platformFaults:message></platformFaults:" + element + "></detail></soapenv:Fault>");
    }

    private static String envelope(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + SOAP
                + "\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"" + XSI + "\" xmlns:platformCore=\""
                + CORE + "\">" + (header == null ? "" : "<soapenv:Header>" + header + "</soapenv:Header>")
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
