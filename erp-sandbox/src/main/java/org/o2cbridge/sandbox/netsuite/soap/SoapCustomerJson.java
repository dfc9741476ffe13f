package org.o2cbridge.sandbox.netsuite.soap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a SOAP {@code Customer} into the account's record shape, the one the REST record service
 * stores, so a customer upserted over SOAP and one upserted over REST are the same record:
 * {@code companyName}, {@code isPerson}, {@code entityId}, {@code subsidiary} and {@code currency}
 * references, and the address book with the country back from NetSuite's enumeration
 * ({@code _unitedStates}) to its ISO code.
 */
final class SoapCustomerJson {

    private static final Map<String, String> ISO_BY_ENUMERATION = new HashMap<>();

    static {
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            ISO_BY_ENUMERATION.put(enumeration(name), iso);
        }
    }

    private SoapCustomerJson() {
    }

    static JsonObject customer(Element record) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(record, "entityId").ifPresent(value -> json.add("entityId", value));
        text(record, "isPerson").ifPresent(value -> json.add("isPerson", Boolean.parseBoolean(value)));
        text(record, "firstName").ifPresent(value -> json.add("firstName", value));
        text(record, "lastName").ifPresent(value -> json.add("lastName", value));
        text(record, "companyName").ifPresent(value -> json.add("companyName", value));
        child(record, "subsidiary").map(SoapCustomerJson::reference).ifPresent(ref -> json.add("subsidiary", ref));
        child(record, "currency").map(SoapCustomerJson::reference).ifPresent(ref -> json.add("currency", ref));
        child(record, "addressbookList").ifPresent(list -> {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element entry && "addressbook".equals(entry.getLocalName())) {
                    items.add(addressBookEntry(entry));
                }
            }
            json.add("addressBook", Json.createObjectBuilder().add("items", items));
        });
        return json.build();
    }

    private static JsonObject addressBookEntry(Element entry) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(entry, "defaultBilling").ifPresent(value -> json.add("defaultBilling", Boolean.parseBoolean(value)));
        text(entry, "defaultShipping").ifPresent(value -> json.add("defaultShipping", Boolean.parseBoolean(value)));
        text(entry, "label").ifPresent(value -> json.add("label", value));
        child(entry, "addressbookAddress").ifPresent(address -> {
            JsonObjectBuilder fields = Json.createObjectBuilder();
            for (String field : new String[] {"addr1", "addr2", "addr3", "city", "state", "zip"}) {
                text(address, field).ifPresent(value -> fields.add(field, value));
            }
            text(address, "country").map(value -> ISO_BY_ENUMERATION.getOrDefault(value, value))
                    .ifPresent(iso -> fields.add("country", Json.createObjectBuilder().add("id", iso)));
            json.add("addressBookAddress", fields);
        });
        return json.build();
    }

    private static JsonObject reference(Element ref) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (!ref.getAttribute("internalId").isEmpty()) {
            json.add("id", ref.getAttribute("internalId"));
        }
        if (!ref.getAttribute("externalId").isEmpty()) {
            json.add("externalId", ref.getAttribute("externalId"));
        }
        text(ref, "name").ifPresent(name -> json.add("refName", name));
        return json.build();
    }

    static Optional<Element> child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static Optional<String> text(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextContent);
    }

    private static String enumeration(String name) {
        StringBuilder value = new StringBuilder("_");
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                value.append(value.length() == 1 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return value.toString();
    }
}
