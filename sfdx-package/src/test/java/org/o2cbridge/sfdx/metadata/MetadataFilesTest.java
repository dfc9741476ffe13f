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
 * calls for, one API version everywhere, tests kept apart from production code, every field a
 * permission set or list view names exists in the package, and the package's objects hang together:
 * sharing models that fit their relationships, optional fields granted to both permission sets,
 * roll-up summaries only over master-detail fields, and layouts that require no optional field.
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

    /**
     * Salesforce takes {@code ControlledByParent} only on an object with a master-detail field, and
     * an object with one only so: a payment on account (no invoice) needs its own sharing model.
     */
    @Test
    void anObjectIsControlledByItsParentExactlyWhenItHasAMasterDetailField() throws Exception {
        for (Path object : customObjects()) {
            Element root = parse(object).getDocumentElement();
            String name = object.getFileName().toString().replace(".object-meta.xml", "");
            boolean masterDetail = false;
            for (Path field : fields(object.getParent())) {
                masterDetail |= "MasterDetail".equals(text(parse(field).getDocumentElement(), "type"));
            }
            for (String model : List.of("sharingModel", "externalSharingModel")) {
                assertEquals(masterDetail, "ControlledByParent".equals(text(root, model)),
                        name + ": " + model + " " + text(root, model) + (masterDetail ? " with" : " without")
                                + " a master-detail field");
            }
        }
    }

    /** A payment names its invoice and its customer by lookups, either of which may be empty. */
    @ParameterizedTest
    @ValueSource(strings = {"Invoice__c:Invoice__c", "Account__c:Account"})
    void aPaymentLooksUpItsInvoiceAndItsCustomerAndNeedsNeither(String fieldAndTarget) throws Exception {
        String[] parts = fieldAndTarget.split(":");
        Element field = parse(objectsDir().resolve("Payment__c/fields/" + parts[0] + ".field-meta.xml"))
                .getDocumentElement();
        assertEquals("Lookup", text(field, "type"), parts[0]);
        assertEquals(parts[1], text(field, "referenceTo"), parts[0]);
        assertEquals("false", text(field, "required"), parts[0] + ": a payment on account has no invoice");
        assertEquals("SetNull", text(field, "deleteConstraint"), parts[0] + ": deleting the parent keeps the payment");
    }

    /**
     * Every optional field of the package's own objects is readable with the sales permission set and
     * editable with the integration one (a field left out of both is invisible to the bridge too);
     * required and master-detail fields take no field permission.
     */
    @Test
    void everyOptionalFieldOfThePackagesObjectsIsGrantedToBothPermissionSets() throws Exception {
        Map<String, String> integration = fieldPermissions("O2C_Bridge_Integration");
        Map<String, String> sales = fieldPermissions("O2C_Bridge_Sales_Read");
        List<String> wrong = new ArrayList<>();
        for (Path object : customObjects()) {
            String objectName = object.getParent().getFileName().toString();
            for (Path file : fields(object.getParent())) {
                Element field = parse(file).getDocumentElement();
                String name = objectName + "." + text(field, "fullName");
                boolean optional = !"true".equals(text(field, "required"))
                        && !"MasterDetail".equals(text(field, "type"));
                if (optional && !"true".equals(integration.get(name))) {
                    wrong.add("O2C_Bridge_Integration does not edit " + name);
                }
                if (optional && !"false".equals(sales.get(name))) {
                    wrong.add("O2C_Bridge_Sales_Read does not read (only) " + name);
                }
                if (!optional && (integration.containsKey(name) || sales.containsKey(name))) {
                    wrong.add("a permission set names the required field " + name);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("; ", wrong));
    }

    /**
     * A roll-up summary needs a master-detail relationship: none may sum over a lookup (a
     * master-detail field with one over it could not become a lookup in an org).
     */
    @Test
    void everyRollUpSummarySumsOverAMasterDetailField() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Path object : customObjects()) {
            for (Path file : fields(object.getParent())) {
                Element field = parse(file).getDocumentElement();
                String key = text(field, "summaryForeignKey");
                if (!"Summary".equals(text(field, "type"))) {
                    continue;
                }
                String[] parts = key == null ? new String[0] : key.split("\\.");
                Path detail = parts.length != 2 ? null
                        : objectsDir().resolve(parts[0]).resolve("fields").resolve(parts[1] + ".field-meta.xml");
                if (detail == null || !Files.exists(detail)
                        || !"MasterDetail".equals(text(parse(detail).getDocumentElement(), "type"))) {
                    wrong.add(file.getFileName() + " sums over " + key);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("; ", wrong));
    }

    /** A layout makes no optional field required: Salesforce would ask users for a value the data may lack. */
    @Test
    void aLayoutRequiresOnlyTheNameAndRequiredFields() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Path layout : metadataFiles().filter(f -> f.toString().endsWith(".layout-meta.xml")).toList()) {
            String object = layout.getFileName().toString().split("-")[0];
            NodeList items = parse(layout).getDocumentElement().getElementsByTagNameNS(METADATA_NS, "layoutItems");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String field = text(item, "field");
                if (!"Required".equals(text(item, "behavior")) || "Name".equals(field)) {
                    continue;
                }
                Path file = objectsDir().resolve(object).resolve("fields").resolve(field + ".field-meta.xml");
                Element definition = Files.exists(file) ? parse(file).getDocumentElement() : null;
                if (definition == null || !("true".equals(text(definition, "required"))
                        || "MasterDetail".equals(text(definition, "type")))) {
                    wrong.add(layout.getFileName() + ": " + field);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "optional fields a layout requires: " + wrong);
    }

    /** The package's own objects ({@code __c}), by their object files. */
    private static List<Path> customObjects() throws IOException {
        try (Stream<Path> dirs = Files.list(objectsDir())) {
            return dirs.filter(dir -> dir.getFileName().toString().endsWith("__c"))
                    .map(dir -> dir.resolve(dir.getFileName() + ".object-meta.xml")).filter(Files::exists)
                    .sorted().toList();
        }
    }

    private static List<Path> fields(Path objectDir) throws IOException {
        Path dir = objectDir.resolve("fields");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".field-meta.xml")).sorted().toList();
        }
    }

    /** A permission set's field permissions: field to whether it is editable ("true"/"false"). */
    private static Map<String, String> fieldPermissions(String permissionSet) throws Exception {
        Path file = PROJECT.resolve("force-app/main/default/permissionsets/" + permissionSet + ".permissionset-meta.xml");
        NodeList permissions = parse(file).getDocumentElement().getElementsByTagNameNS(METADATA_NS, "fieldPermissions");
        Map<String, String> granted = new java.util.HashMap<>();
        for (int i = 0; i < permissions.getLength(); i++) {
            Element permission = (Element) permissions.item(i);
            if ("true".equals(text(permission, "readable"))) {
                granted.put(text(permission, "field"), text(permission, "editable"));
            }
        }
        return granted;
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
