package org.claimtrace.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.claimtrace.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validates JSON against the project's document schema with a real JSON Schema 2020-12 validator. */
public final class Schema {
    public static final String RESOURCE = "/schema/claimtrace-document.schema.json";
    private static final JsonSchema SCHEMA = load();

    private Schema() {
    }

    private static JsonSchema load() {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> validate(JsonNode node) {
        return SCHEMA.validate(node);
    }

    public static void assertValid(String json, String what) {
        try {
            Set<ValidationMessage> errors = validate(Json.MAPPER.readTree(json));
            assertTrue(errors.isEmpty(), what + " violates the schema: " + errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks that every span's text equals text[begin:end] in code points, and offsets are ordered. */
    public static void assertOffsets(JsonNode doc) {
        String text = doc.get("text").asText();
        int length = text.codePointCount(0, text.length());
        check(doc.get("tokens"), text, length, doc.get("id").asText());
        check(doc.get("timeExpressions"), text, length, doc.get("id").asText());
        for (JsonNode e : doc.get("entities")) {
            check(e.get("mentions"), text, length, doc.get("id").asText());
        }
        for (JsonNode c : doc.get("claims")) {
            for (String f : new String[]{"claimant", "addressee", "content"}) {
                if (!c.get(f).isNull()) {
                    check(java.util.List.of(c.get(f)), text, length, doc.get("id").asText());
                }
            }
            check(java.util.List.of(c.get("cue")), text, length, doc.get("id").asText());
            check(c.get("contentParts"), text, length, doc.get("id").asText());
        }
        for (JsonNode s : doc.get("sentences")) {
            int b = s.get("begin").asInt();
            int e = s.get("end").asInt();
            assertTrue(0 <= b && b <= e && e <= length, "sentence offsets out of range in " + doc.get("id"));
        }
    }

    private static void check(Iterable<JsonNode> spans, String text, int length, String id) {
        for (JsonNode s : spans) {
            int b = s.get("begin").asInt();
            int e = s.get("end").asInt();
            assertTrue(0 <= b && b < e && e <= length, id + ": bad offsets " + s);
            String sub = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
            assertTrue(sub.equals(s.get("text").asText()), id + ": text[" + b + ":" + e + "] is '" + sub
                    + "' but the span says '" + s.get("text").asText() + "'");
        }
    }
}
