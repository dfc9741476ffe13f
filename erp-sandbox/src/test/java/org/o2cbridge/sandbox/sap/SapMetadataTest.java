package org.o2cbridge.sandbox.sap;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The simulator's documents use SAP's own names and lengths: every property it accepts exists in
 * SAP's published metadata (the sales order service's v4 EDMX, the business partner service's v2
 * EDMX) with the same maximum length. The metadata stays outside the project
 * ({@code o2c.fixtures.sap}); without it the test is skipped.
 */
class SapMetadataTest {

    private static Path fixtures() {
        String dir = System.getProperty("o2c.fixtures.sap", "");
        Path path = Path.of(dir.isEmpty() ? "." : dir);
        assumeTrue(Files.isRegularFile(path.resolve("CE_SALESORDER_0001.edmx")),
                "SAP metadata not found at o2c.fixtures.sap=" + dir + "; skipped");
        return path;
    }

    @Test
    void salesOrderPropertiesMatchTheV4Metadata() throws Exception {
        Document edmx = parse(fixtures().resolve("CE_SALESORDER_0001.edmx"));
        check(edmx, "SalesOrder_Type", SalesOrderRules.HEADER, SalesOrderRules.NAVIGATION);
        check(edmx, "SalesOrderItem_Type", SalesOrderRules.ITEM, Set.of());
        check(edmx, "SalesOrderText_Type", SalesOrderRules.TEXT, Set.of());
        for (String computed : SalesOrderRules.READ_ONLY) {
            assertTrue(properties(edmx, "SalesOrder_Type").containsKey(computed)
                    || properties(edmx, "SalesOrderItem_Type").containsKey(computed), computed);
        }
    }

    @Test
    void businessPartnerPropertiesMatchTheV2Metadata() throws Exception {
        Document edmx = parse(fixtures().resolve("API_BUSINESS_PARTNER.edmx"));
        check(edmx, "A_BusinessPartnerType", BusinessPartnerRules.PARTNER,
                Set.of("to_BusinessPartnerAddress", "to_BusinessPartnerRole", "to_Customer"));
        check(edmx, "A_BusinessPartnerAddressType", BusinessPartnerRules.ADDRESS, Set.of());
        check(edmx, "A_BusinessPartnerRoleType", BusinessPartnerRules.ROLE, Set.of());
        check(edmx, "A_CustomerSalesAreaType", BusinessPartnerRules.SALES_AREA, Set.of());
        check(edmx, "A_CustomerType", Map.of(), Set.of("to_CustomerSalesArea"));
    }

    private static void check(Document edmx, String type, Map<String, Integer> accepted, Set<String> navigation) {
        Map<String, Integer> declared = properties(edmx, type);
        accepted.forEach((name, max) -> {
            assertTrue(declared.containsKey(name), type + " has no property " + name);
            if (max > 0) {
                assertTrue(declared.get(name) == max, type + "/" + name + " has MaxLength " + declared.get(name) + ", not " + max);
            }
        });
        Set<String> navigations = navigations(edmx, type);
        navigation.forEach(name -> assertTrue(navigations.contains(name), type + " has no navigation " + name));
    }

    private static Map<String, Integer> properties(Document edmx, String type) {
        Element entity = entityType(edmx, type);
        NodeList list = entity.getElementsByTagNameNS("*", "Property");
        Map<String, Integer> found = new java.util.HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            String max = p.getAttribute("MaxLength");
            found.put(p.getAttribute("Name"), max.isEmpty() || !max.matches("\\d+") ? 0 : Integer.parseInt(max));
        }
        return found;
    }

    private static Set<String> navigations(Document edmx, String type) {
        NodeList list = entityType(edmx, type).getElementsByTagNameNS("*", "NavigationProperty");
        Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add(((Element) list.item(i)).getAttribute("Name"));
        }
        return found;
    }

    private static Element entityType(Document edmx, String type) {
        NodeList types = edmx.getElementsByTagNameNS("*", "EntityType");
        for (int i = 0; i < types.getLength(); i++) {
            Element e = (Element) types.item(i);
            if (e.getAttribute("Name").equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no entity type " + type);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

}
