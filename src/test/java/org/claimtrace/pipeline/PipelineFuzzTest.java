package org.claimtrace.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.testing.RandomText;
import org.claimtrace.testing.Schema;
import org.claimtrace.testing.WhitespaceTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Model-free fuzz over the stage chain: seeded random Unicode text through a tokenizing fake stage (code point
 * offsets, as the real stages) and the real result assembly and JSON writer. Every output must be schema-valid
 * with in-range, ordered offsets whose text matches. The same with the real models: HostileInputIT.
 */
class PipelineFuzzTest {
    @Test
    void randomUnicodeKeepsEveryOffsetInvariant() {
        Pipeline p = new Pipeline(List.of(WhitespaceTokens.STAGE), new DocumentDateResolver(null), ErrorHandler.LOG);
        Random rnd = new Random(20251015L);
        for (int i = 0; i < 300; i++) {
            String text = RandomText.generate(rnd, rnd.nextInt(60));
            String id = "fuzz-" + i;
            DocumentResult r = assertDoesNotThrow(() -> p.process(Article.of(id, text)), id);
            assertEquals(Status.OK, r.status(), id);
            String json = Json.pretty(r);
            Schema.assertValid(json, id);
            JsonNode node = assertDoesNotThrow(() -> Json.MAPPER.readTree(json));
            assertEquals(text, node.get("text").asText(), id + ": text survives the JSON round trip");
            Schema.assertOffsets(node);
        }
    }
}
