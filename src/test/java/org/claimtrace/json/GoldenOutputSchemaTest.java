package org.claimtrace.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.testing.Paths;
import org.claimtrace.testing.Schema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed golden outputs in output/ conform to the schema and their offsets are exact. No models. */
class GoldenOutputSchemaTest {
    @Test
    void everyGoldenOutputIsSchemaValidWithExactOffsets() throws IOException {
        Path dir = Paths.project().resolve("output");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden outputs in " + dir);
        for (Path f : files) {
            String json = Files.readString(f);
            Schema.assertValid(json, f.toString());
            JsonNode doc = Json.MAPPER.readTree(json);
            Schema.assertOffsets(doc);
            assertTrue(json.endsWith("}\n"), f + " must end with a newline");
        }
    }

    @Test
    void schemaRejectsAWrongDocument() throws IOException {
        JsonNode bad = Json.MAPPER.readTree("{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"status\":\"fine\"}");
        assertFalse(Schema.validate(bad).isEmpty());
    }
}
