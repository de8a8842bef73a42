package org.claimtrace.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.cli.Main;
import org.claimtrace.json.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code claimtrace serve} with the real models: ready on stderr, then one answer per JSONL line. In this package,
 * not in {@code org.claimtrace.cli}: a test class loaded first into {@code cli} defines that package from the test
 * classes, without the jar's manifest, and {@code Main.version()}, part of the resume fingerprint, would change
 * for every later test in the JVM.
 */
class ServeIT {
    @Test
    void answersEachLineWithTheDocumentJson() throws Exception {
        String input = """
                {"id": "minister", "date": "2025-03-04", "text": "Finance minister Elena Marquez said on Monday that the government would cut fuel taxes."}
                [1, 2]
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"serve", "--warm-up", "1"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("claimtrace serve: ready"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        JsonNode doc = Json.MAPPER.readTree(lines.get(0));
        assertEquals("minister", doc.get("id").asText());
        assertEquals("ok", doc.get("status").asText());
        JsonNode claim = doc.get("claims").get(0);
        assertEquals("said", claim.get("cue").get("text").asText(), claim.toString());
        assertTrue(doc.get("timeExpressions").toString().contains("2025-03-03"), doc.get("timeExpressions").toString());
        JsonNode bad = Json.MAPPER.readTree(lines.get(1));
        assertEquals("failed", bad.get("status").asText());
        assertEquals("stdin-2", bad.get("id").asText());
    }
}
