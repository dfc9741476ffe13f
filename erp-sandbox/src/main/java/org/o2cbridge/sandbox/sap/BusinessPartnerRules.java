package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the business partner service ({@code API_BUSINESS_PARTNER}, OData v2) accepts in a deep
 * insert of {@code A_BusinessPartner} with addresses, roles and the customer's sales areas: the
 * properties a client may set, with the lengths of the service's metadata, and the required ones.
 */
public final class BusinessPartnerRules {

    public static final Map<String, Integer> PARTNER = Map.ofEntries(
            Map.entry("BusinessPartnerCategory", 1), Map.entry("BusinessPartnerGrouping", 4),
            Map.entry("OrganizationBPName1", 40), Map.entry("OrganizationBPName2", 40),
            Map.entry("OrganizationBPName3", 40), Map.entry("OrganizationBPName4", 40),
            Map.entry("SearchTerm1", 20), Map.entry("SearchTerm2", 20),
            Map.entry("BusinessPartnerIDByExtSystem", 20), Map.entry("CorrespondenceLanguage", 2),
            Map.entry("Language", 2), Map.entry("FirstName", 40), Map.entry("LastName", 40));
    public static final Map<String, Integer> ADDRESS = Map.ofEntries(Map.entry("Country", 3), Map.entry("Region", 3),
            Map.entry("CityName", 40), Map.entry("PostalCode", 10), Map.entry("StreetName", 60),
            Map.entry("StreetPrefixName", 40), Map.entry("AdditionalStreetPrefixName", 40),
            Map.entry("StreetSuffixName", 40), Map.entry("AdditionalStreetSuffixName", 40),
            Map.entry("HouseNumber", 10), Map.entry("Language", 2));
    public static final Map<String, Integer> ROLE = Map.of("BusinessPartnerRole", 6);
    public static final Map<String, Integer> SALES_AREA = Map.of("Customer", 10, "SalesOrganization", 4,
            "DistributionChannel", 2, "Division", 2, "Currency", 5, "CustomerPaymentTerms", 4);
    static final Set<String> CUSTOMER_ROLES = Set.of("FLCU00", "FLCU01");

    private BusinessPartnerRules() {
    }

    static JsonObject check(JsonObject body) {
        properties(body, PARTNER, "", Set.of("to_BusinessPartnerAddress", "to_BusinessPartnerRole", "to_Customer"));
        String category = body.get("BusinessPartnerCategory") instanceof JsonString s ? s.getString() : "";
        if (!category.equals("1") && !category.equals("2")) {
            throw SapApiException.v2(400, "R11/401", "Business partner category must be 1 (person) or 2 (organization)",
                    "BusinessPartnerCategory");
        }
        String name = category.equals("2") ? "OrganizationBPName1" : "LastName";
        if (!(body.get(name) instanceof JsonString s) || s.getString().isBlank()) {
            throw SapApiException.v2(400, "R11/085", "Enter a name (" + name + ")", name);
        }
        entries(body, "to_BusinessPartnerAddress").forEach(a -> {
            properties(a, ADDRESS, "to_BusinessPartnerAddress/", Set.of());
            if (!(a.get("Country") instanceof JsonString c) || c.getString().isBlank()) {
                throw SapApiException.v2(400, "AM/216", "Enter a country for the address", "to_BusinessPartnerAddress/Country");
            }
        });
        entries(body, "to_BusinessPartnerRole").forEach(r -> properties(r, ROLE, "to_BusinessPartnerRole/", Set.of()));
        salesAreas(body).forEach(a -> properties(a, SALES_AREA, "to_CustomerSalesArea/", Set.of()));
        return body;
    }

    /** A sales area created on its own: the customer and all three keys are required. */
    static JsonObject checkSalesArea(JsonObject area) {
        properties(area, SALES_AREA, "", Set.of());
        for (String key : List.of("Customer", "SalesOrganization", "DistributionChannel", "Division")) {
            if (!(area.get(key) instanceof JsonString s) || s.getString().isBlank()) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/021", "Key property '" + key + "' is missing", key);
            }
        }
        return area;
    }

    static boolean hasCustomerRole(JsonObject partner) {
        return entries(partner, "to_BusinessPartnerRole").stream()
                .anyMatch(r -> CUSTOMER_ROLES.contains(r.getString("BusinessPartnerRole", "")));
    }

    static List<JsonObject> salesAreas(JsonObject partner) {
        JsonValue customer = partner.get("to_Customer");
        if (customer == null || customer.getValueType() != JsonValue.ValueType.OBJECT) {
            return List.of();
        }
        properties(customer.asJsonObject(), Map.of(), "to_Customer/", Set.of("to_CustomerSalesArea"));
        return entries(customer.asJsonObject(), "to_CustomerSalesArea");
    }

    static String salesAreaKey(JsonObject area) {
        return area.getString("SalesOrganization", "") + "/" + area.getString("DistributionChannel", "") + "/"
                + area.getString("Division", "");
    }

    /** The partner as answered: the stored fields without the deep-inserted navigation data. */
    static JsonObject header(JsonObject partner) {
        var header = Json.createObjectBuilder();
        partner.forEach((key, value) -> {
            if (!key.startsWith("to_")) {
                header.add(key, value);
            }
        });
        return header.build();
    }

    private static List<JsonObject> entries(JsonObject body, String navigation) {
        try {
            return SapBook.entries(body.get(navigation));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/020", "Navigation property '" + navigation
                    + "' must be a collection", navigation);
        }
    }

    private static void properties(JsonObject entity, Map<String, Integer> allowed, String prefix, Set<String> navigation) {
        for (Map.Entry<String, JsonValue> property : entity.entrySet()) {
            String name = property.getKey();
            if (name.equals("__metadata") || navigation.contains(name)) {
                continue;
            }
            Integer max = allowed.get(name);
            if (max == null) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/020", "Property '" + name + "' is invalid", prefix + name);
            }
            String text = SapBook.text(property.getValue());
            if (text != null && text.length() > max) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/018", "Value '" + text + "' of property '" + name
                        + "' is too long (maximum " + max + ")", prefix + name);
            }
        }
    }
}
