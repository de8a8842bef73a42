package org.claimtrace.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The problem codes of the code and of the JSON Schema are the same list. */
class ProblemCodeTest {

    @Test
    void theSchemaListsExactlyTheCodesInTheirOrder() throws IOException {
        JsonNode schema;
        try (InputStream in = ProblemCodeTest.class.getResourceAsStream("/schema/claimtrace-document.schema.json")) {
            schema = Json.MAPPER.readTree(in);
        }
        List<String> listed = new ArrayList<>();
        schema.at("/$defs/problem/properties/code/enum").forEach(n -> listed.add(n.asText()));
        assertEquals(Arrays.stream(ProblemCode.values()).map(ProblemCode::json).toList(), listed,
                "add a new ProblemCode to the schema's problem.code enum too");
    }

    @Test
    void aCodeReadsAndWritesAsItsJsonValue() throws IOException {
        Problem p = new Problem("parse", ProblemCode.SENTENCE_TOO_LONG, "sentence 3 has 200 tokens");
        String json = Json.MAPPER.writeValueAsString(p);
        assertEquals("{\"stage\":\"parse\",\"code\":\"sentence-too-long\",\"message\":\"sentence 3 has 200 tokens\"}", json);
        assertEquals(p, Json.MAPPER.readValue(json, Problem.class));
        assertEquals("not-english", ProblemCode.NOT_ENGLISH.toString());
        assertEquals(ProblemCode.TIME_BUDGET, ProblemCode.of("time-budget"));
        assertThrows(IllegalArgumentException.class, () -> ProblemCode.of("no-such-code"));
    }
}
