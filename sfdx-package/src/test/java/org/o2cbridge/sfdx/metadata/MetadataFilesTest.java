package org.o2cbridge.sfdx.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Offline checks of the SFDX source that neither the Salesforce CLI conversion nor apex-ls makes:
 * every metadata file is well-formed XML in the metadata namespace with the root element its suffix
 * calls for, one API version everywhere, tests kept apart from production code, and every field a
 * permission set or list view names exists in the package.
 */
class MetadataFilesTest {

    private static final String METADATA_NS = "http://soap.sforce.com/2006/04/metadata";
    private static final String API_VERSION = "62.0";
    private static final Path PROJECT = Path.of(System.getProperty("apex.source.dir", "force-app")).getParent();
    private static final List<String> PACKAGE_DIRS = List.of("force-app", "subscriber-config");

    private static final Map<String, String> ROOT_BY_SUFFIX = Map.ofEntries(
            Map.entry(".cls-meta.xml", "ApexClass"),
            Map.entry(".trigger-meta.xml", "ApexTrigger"),
            Map.entry(".object-meta.xml", "CustomObject"),
            Map.entry(".field-meta.xml", "CustomField"),
            Map.entry(".listView-meta.xml", "ListView"),
            Map.entry(".layout-meta.xml", "Layout"),
            Map.entry(".tab-meta.xml", "CustomTab"),
            Map.entry(".permissionset-meta.xml", "PermissionSet"),
            Map.entry(".md-meta.xml", "CustomMetadata"),
            Map.entry(".externalCredential-meta.xml", "ExternalCredential"),
            Map.entry(".namedCredential-meta.xml", "NamedCredential"),
            Map.entry(".platformEventSubscriberConfig-meta.xml", "PlatformEventSubscriberConfig"));

    static Stream<Path> metadataFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : PACKAGE_DIRS) {
            try (Stream<Path> walk = Files.walk(PROJECT.resolve(dir))) {
                walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".xml")).forEach(files::add);
            }
        }
        return files.stream().sorted();
    }

    static Stream<Path> apexSources() throws IOException {
        try (Stream<Path> walk = Files.walk(PROJECT.resolve("force-app"))) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".cls") || f.toString().endsWith(".trigger"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("metadataFiles")
    void everyMetadataFileIsWellFormedWithTheRootItsSuffixCallsFor(Path file) throws Exception {
        Document document = parse(file);
        Element root = document.getDocumentElement();
        String name = file.getFileName().toString();
        String expectedRoot = ROOT_BY_SUFFIX.entrySet().stream().filter(e -> name.endsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> fail(name + ": not a metadata suffix this package uses"));
        assertEquals(expectedRoot, root.getLocalName(), name + ": root element");
        assertEquals(METADATA_NS, root.getNamespaceURI(), name + ": metadata namespace");
        NodeList versions = root.getElementsByTagNameNS(METADATA_NS, "apiVersion");
        for (int i = 0; i < versions.getLength(); i++) {
            assertEquals(API_VERSION, versions.item(i).getTextContent().trim(), name + ": pinned API version");
        }
    }

    @ParameterizedTest
    @MethodSource("apexSources")
    void everyClassAndTriggerHasItsMetaFileAtTheProjectApiVersion(Path source) throws Exception {
        Path meta = source.resolveSibling(source.getFileName() + "-meta.xml");
        assertTrue(Files.exists(meta), source.getFileName() + " needs " + meta.getFileName());
        NodeList versions = parse(meta).getDocumentElement().getElementsByTagNameNS(METADATA_NS, "apiVersion");
        assertEquals(1, versions.getLength(), meta.getFileName() + ": one apiVersion");
        assertEquals(API_VERSION, versions.item(0).getTextContent().trim(), meta.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("apexSources")
    void testsLiveUnderTheTestFolderAndProductionCodeUnderMain(Path source) throws IOException {
        String relative = PROJECT.resolve("force-app").relativize(source).toString().replace('\\', '/');
        boolean isTest = Files.readString(source).stripLeading().matches("(?s)^(/\\*\\*.*?\\*/\\s*)?@IsTest.*");
        assertEquals(isTest, relative.startsWith("test/"), relative + ": @IsTest classes belong in force-app/test");
    }

    @Test
    void theProjectPinsTheSameApiVersion() throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(
                Files.readString(PROJECT.resolve("sfdx-project.json"))))) {
            JsonObject project = reader.readObject();
            assertEquals(API_VERSION, project.getString("sourceApiVersion"), "sfdx-project.json sourceApiVersion");
        }
    }

    @Test
    void everyFieldThatPermissionSetsAndListViewsNameExists() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Path> files = metadataFiles().filter(f -> f.toString().endsWith(".permissionset-meta.xml")).toList();
        assertFalse(files.isEmpty(), "the package has permission sets");
        for (Path file : files) {
            NodeList fields = parse(file).getDocumentElement().getElementsByTagNameNS(METADATA_NS, "field");
            for (int i = 0; i < fields.getLength(); i++) {
                String[] parts = fields.item(i).getTextContent().trim().split("\\.");
                Path field = objectsDir().resolve(parts[0]).resolve("fields").resolve(parts[1] + ".field-meta.xml");
                if (!Files.exists(field)) {
                    missing.add(file.getFileName() + ": " + String.join(".", parts));
                }
            }
        }
        List<Path> listViews = metadataFiles().filter(f -> f.toString().endsWith(".listView-meta.xml")).toList();
        for (Path file : listViews) {
            Path object = file.getParent().getParent();
            NodeList columns = parse(file).getDocumentElement().getElementsByTagNameNS(METADATA_NS, "columns");
            for (int i = 0; i < columns.getLength(); i++) {
                String column = columns.item(i).getTextContent().trim();
                if (column.endsWith("__c") && !Files.exists(object.resolve("fields").resolve(column + ".field-meta.xml"))) {
                    missing.add(file.getFileName() + ": " + column);
                }
            }
        }
        assertTrue(missing.isEmpty(), "fields named but not defined: " + missing);
    }

    /**
     * The keys the bridge upserts by (REST, sObject Collections and Bulk API 2.0 ingest with
     * {@code externalIdFieldName}, and relationship columns such as {@code Order.ERP_External_Id__c} on
     * order lines): each must be an External ID, unique and case-insensitive, or Salesforce refuses the
     * upsert or a second load duplicates records.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Account.ERP_Customer_Id__c", "Product2.ERP_Item_Id__c", "Order.ERP_External_Id__c",
            "OrderItem.ERP_Line_Id__c", "Invoice__c.ERP_Invoice_Id__c", "Payment__c.ERP_Payment_Id__c",
            "PricebookEntry.ERP_Price_Key__c"})
    void everyUpsertKeyIsAUniqueExternalIdTextField(String key) throws Exception {
        String[] parts = key.split("\\.");
        Path file = objectsDir().resolve(parts[0]).resolve("fields").resolve(parts[1] + ".field-meta.xml");
        assertTrue(Files.exists(file), key + " is defined in the package");
        Element field = parse(file).getDocumentElement();
        assertEquals(parts[1], text(field, "fullName"), key + ": fullName");
        assertEquals("Text", text(field, "type"), key + ": type");
        assertEquals("true", text(field, "externalId"), key + ": External ID");
        assertEquals("true", text(field, "unique"), key + ": unique");
        assertEquals("false", text(field, "caseSensitive"), key + ": case-insensitive");
        assertEquals("false", text(field, "required"), key + ": not required (records made in Salesforce have none)");
        List<String> grantedTo = new ArrayList<>();
        for (Path set : metadataFiles().filter(f -> f.toString().endsWith(".permissionset-meta.xml")).toList()) {
            NodeList fields = parse(set).getDocumentElement().getElementsByTagNameNS(METADATA_NS, "field");
            for (int i = 0; i < fields.getLength(); i++) {
                Element permission = (Element) fields.item(i).getParentNode();
                if (key.equals(fields.item(i).getTextContent().trim()) && "true".equals(text(permission, "editable"))) {
                    grantedTo.add(set.getFileName().toString());
                }
            }
        }
        assertTrue(grantedTo.contains("O2C_Bridge_Integration.permissionset-meta.xml"),
                key + ": the integration user may write it, granted in " + grantedTo);
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagNameNS(METADATA_NS, child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static Path objectsDir() {
        return PROJECT.resolve("force-app/main/default/objects");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(file.toFile());
    }
}
