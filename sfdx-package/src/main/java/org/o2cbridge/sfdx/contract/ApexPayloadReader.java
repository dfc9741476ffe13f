package org.o2cbridge.sfdx.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2cbridge.sfdx.contract.PayloadModel.FieldKind;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadClass;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadField;

/**
 * Reads the payload model back out of an Apex payload class: the inner classes, the declared
 * property types, and, from each {@code write} method, the JSON name written for each property and
 * whether it is left out when null. It reads what the Apex actually declares and writes, so comparing
 * its result with the schema (and with the contract's examples) checks the Apex, not the generator.
 */
public final class ApexPayloadReader {

    private static final Set<String> SCALARS = Set.of("String", "Id", "Date", "Datetime", "Decimal",
            "Integer", "Boolean");

    private static final Pattern OUTER = Pattern.compile("^public with sharing class (\\w+) \\{$");
    private static final Pattern INNER = Pattern.compile("^    public class (\\w+) \\{$");
    private static final Pattern COMMENT_START = Pattern.compile("^\\s*/\\*\\*$");
    private static final Pattern COMMENT_END = Pattern.compile("^\\s*\\*/$");
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*\\* (.*)$");
    private static final Pattern PROPERTY = Pattern.compile(
            "^        public ([\\w<>]+) (\\w+)(?: = new ([\\w<>]+)\\(\\))?;$");
    private static final Pattern WRITE_METHOD = Pattern.compile("^        public void write\\(JSONGenerator gen\\) \\{$");
    private static final Pattern IF_PRESENT = Pattern.compile("^(\\s*)if \\((\\w+) != null\\) \\{$");
    private static final Pattern SCALAR_WRITE = Pattern.compile("^\\s*gen\\.writeObjectField\\('(\\w+)', (\\w+)\\);$");
    private static final Pattern NAME_WRITE = Pattern.compile("^\\s*gen\\.writeFieldName\\('(\\w+)'\\);$");
    private static final Pattern OBJECT_WRITE = Pattern.compile("^\\s*(\\w+)\\.write\\(gen\\);$");
    private static final Pattern ARRAY_LOOP = Pattern.compile("^\\s*for \\((\\w+) item : (\\w+)\\) \\{$");

    private ApexPayloadReader() {
    }

    public static PayloadModel read(String apexSource) {
        String outer = null;
        List<PayloadClass> classes = new ArrayList<>();
        String className = null;
        StringBuilder description = new StringBuilder();
        Map<String, String> declared = new LinkedHashMap<>();
        List<PayloadField> written = new ArrayList<>();
        boolean inWrite = false;
        String optionalField = null;
        String optionalIndent = null;
        String pendingJsonName = null;
        int lineNumber = 0;
        for (String line : apexSource.split("\n", -1)) {
            lineNumber++;
            Matcher m;
            if ((m = OUTER.matcher(line)).matches()) {
                outer = m.group(1);
                description.setLength(0);
            } else if ((m = INNER.matcher(line)).matches()) {
                className = m.group(1);
                declared.clear();
                written = new ArrayList<>();
            } else if (className == null && COMMENT_START.matcher(line).matches()) {
                description.setLength(0);
            } else if (className == null && COMMENT_END.matcher(line).matches()) {
                continue;
            } else if (className == null && (m = COMMENT_LINE.matcher(line)).matches()) {
                description.append(description.length() > 0 ? " " : "").append(m.group(1).trim());
            } else if (className != null && !inWrite && (m = PROPERTY.matcher(line)).matches()) {
                declared.put(m.group(2), m.group(1));
            } else if (className != null && WRITE_METHOD.matcher(line).matches()) {
                inWrite = true;
            } else if (inWrite && line.equals("        }")) {
                inWrite = false;
                checkAllWritten(className, declared, written, lineNumber);
                classes.add(new PayloadClass(className, description.toString().trim(), written));
                className = null;
                description.setLength(0);
            } else if (inWrite) {
                if ((m = IF_PRESENT.matcher(line)).matches()) {
                    optionalIndent = m.group(1);
                    optionalField = m.group(2);
                } else if (optionalIndent != null && line.equals(optionalIndent + "}")) {
                    optionalField = null;
                    optionalIndent = null;
                } else if ((m = SCALAR_WRITE.matcher(line)).matches()) {
                    written.add(field(m.group(1), m.group(2), declared, optionalField, FieldKind.SCALAR, lineNumber));
                } else if ((m = NAME_WRITE.matcher(line)).matches()) {
                    pendingJsonName = m.group(1);
                } else if (pendingJsonName != null && (m = OBJECT_WRITE.matcher(line)).matches()) {
                    written.add(field(pendingJsonName, m.group(1), declared, optionalField, FieldKind.OBJECT,
                            lineNumber));
                    pendingJsonName = null;
                } else if (pendingJsonName != null && (m = ARRAY_LOOP.matcher(line)).matches()) {
                    PayloadField array = field(pendingJsonName, m.group(2), declared, optionalField,
                            FieldKind.ARRAY, lineNumber);
                    if (!array.elementType().equals(m.group(1))) {
                        throw new IllegalStateException("line " + lineNumber + ": loop variable type "
                                + m.group(1) + " differs from the declared element type " + array.elementType());
                    }
                    written.add(array);
                    pendingJsonName = null;
                }
            } else if (className == null && !line.isBlank()) {
                description.setLength(0);
            }
        }
        if (outer == null || classes.isEmpty()) {
            throw new IllegalStateException("no payload classes found in the Apex source");
        }
        return new PayloadModel(outer, classes);
    }

    private static PayloadField field(String jsonName, String apexName, Map<String, String> declared,
            String optionalField, FieldKind writtenAs, int lineNumber) {
        String type = declared.get(apexName);
        if (type == null) {
            throw new IllegalStateException("line " + lineNumber + ": " + apexName + " is written but not declared");
        }
        FieldKind kind;
        String element;
        if (type.startsWith("List<") && type.endsWith(">")) {
            kind = FieldKind.ARRAY;
            element = type.substring(5, type.length() - 1);
        } else {
            kind = SCALARS.contains(type) ? FieldKind.SCALAR : FieldKind.OBJECT;
            element = type;
        }
        if (kind != writtenAs) {
            throw new IllegalStateException("line " + lineNumber + ": " + apexName + " is declared " + type
                    + " but written as " + writtenAs);
        }
        return new PayloadField(jsonName, apexName, kind, element, !apexName.equals(optionalField));
    }

    private static void checkAllWritten(String className, Map<String, String> declared, List<PayloadField> written,
            int lineNumber) {
        List<String> writtenNames = written.stream().map(PayloadField::apexName).toList();
        if (!writtenNames.equals(new ArrayList<>(declared.keySet()))) {
            throw new IllegalStateException("line " + lineNumber + ": " + className + " declares " + declared.keySet()
                    + " but writes " + writtenNames + " (every property once, in declaration order)");
        }
    }
}
