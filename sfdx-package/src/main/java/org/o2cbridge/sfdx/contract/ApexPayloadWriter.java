package org.o2cbridge.sfdx.contract;

import java.util.ArrayList;
import java.util.List;
import org.o2cbridge.sfdx.contract.PayloadModel.FieldKind;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadClass;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadField;

/**
 * Writes the payload model as one Apex class with an inner class per JSON object. Each inner class
 * writes itself with {@code JSONGenerator}, naming every JSON field explicitly (so JSON names that are
 * Apex keywords, such as {@code currency}, need no string patching) and leaving out optional fields
 * that are null. The output is already in Prettier's Apex format.
 */
public final class ApexPayloadWriter {

    private static final int COMMENT_WIDTH = 100;

    private final StringBuilder out = new StringBuilder();

    private ApexPayloadWriter() {
    }

    public static String write(PayloadModel model) {
        ApexPayloadWriter writer = new ApexPayloadWriter();
        writer.writeModel(model);
        return writer.out.toString();
    }

    private void writeModel(PayloadModel model) {
        comment("", "The JSON body of POST /api/v1/order-events, generated from the order-event contract "
                + "(contract/order-event.schema.json). Do not edit by hand: change the contract and run the "
                + "generator (see the package README); the build fails while this class is stale.");
        line("", "public with sharing class " + model.outerClassName() + " {");
        for (int i = 0; i < model.classes().size(); i++) {
            if (i > 0) {
                line("", "");
            }
            writeClass(model.classes().get(i), i == 0);
        }
        line("", "}");
    }

    private void writeClass(PayloadClass payloadClass, boolean root) {
        String indent = "    ";
        if (!payloadClass.description().isBlank()) {
            comment(indent, payloadClass.description());
        }
        line(indent, "public class " + payloadClass.name() + " {");
        String body = indent + "    ";
        for (PayloadField field : payloadClass.fields()) {
            String initial = field.kind() == FieldKind.ARRAY ? " = new " + field.apexType() + "()" : "";
            line(body, "public " + field.apexType() + " " + field.apexName() + initial + ";");
        }
        if (root) {
            line("", "");
            line(body, "public String toJson() {");
            line(body + "    ", "JSONGenerator gen = JSON.createGenerator(false);");
            line(body + "    ", "write(gen);");
            line(body + "    ", "return gen.getAsString();");
            line(body, "}");
        }
        line("", "");
        line(body, "public void write(JSONGenerator gen) {");
        String code = body + "    ";
        line(code, "gen.writeStartObject();");
        for (PayloadField field : payloadClass.fields()) {
            if (field.required()) {
                writeField(code, field);
            } else {
                line(code, "if (" + field.apexName() + " != null) {");
                writeField(code + "    ", field);
                line(code, "}");
            }
        }
        line(code, "gen.writeEndObject();");
        line(body, "}");
        line(indent, "}");
    }

    private void writeField(String indent, PayloadField field) {
        String quoted = "'" + field.jsonName() + "'";
        switch (field.kind()) {
            case SCALAR -> line(indent, "gen.writeObjectField(" + quoted + ", " + field.apexName() + ");");
            case OBJECT -> {
                line(indent, "gen.writeFieldName(" + quoted + ");");
                line(indent, field.apexName() + ".write(gen);");
            }
            case ARRAY -> {
                line(indent, "gen.writeFieldName(" + quoted + ");");
                line(indent, "gen.writeStartArray();");
                line(indent, "for (" + field.elementType() + " item : " + field.apexName() + ") {");
                line(indent + "    ", "item.write(gen);");
                line(indent, "}");
                line(indent, "gen.writeEndArray();");
            }
        }
    }

    private void comment(String indent, String text) {
        line(indent, "/**");
        for (String wrapped : wrap(text, COMMENT_WIDTH - indent.length() - 3)) {
            line(indent, " * " + wrapped);
        }
        line(indent, " */");
    }

    private void line(String indent, String text) {
        out.append(text.isEmpty() ? "" : indent + text).append('\n');
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }
}
