package org.claimtrace.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Status;
import org.claimtrace.model.Token;
import org.claimtrace.testing.FakeStage;
import org.claimtrace.testing.RandomText;
import org.claimtrace.testing.Schema;
import org.claimtrace.text.TextIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Model-free fuzz over the stage chain: seeded random Unicode text through a tokenizing fake stage (code point
 * offsets, as the real stages) and the real result assembly and JSON writer. Every output must be schema-valid
 * with in-range, ordered offsets whose text matches. The same with the real models: HostileInputIT.
 */
class PipelineFuzzTest {
    private static final FakeStage WHITESPACE_TOKENS = FakeStage.of("tok", Set.of(Layer.TEXT),
            Set.of(Layer.TOKENS, Layer.SENTENCES), PipelineFuzzTest::tokenize);

    private static void tokenize(Doc d) {
        TextIndex ix = d.index();
        List<Token> tokens = new ArrayList<>();
        int n = ix.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(ix.substring(i, i + 1).codePointAt(0))) {
                i++;
            }
            int b = i;
            while (i < n && !Character.isWhitespace(ix.substring(i, i + 1).codePointAt(0))) {
                i++;
            }
            if (i > b) {
                tokens.add(new Token(tokens.size(), b, i, ix.substring(b, i), 0, null, null));
            }
        }
        d.setTokens(tokens);
        d.setSentences(tokens.isEmpty() ? List.of() : List.of(new Sentence(0, tokens.get(0).begin(),
                tokens.get(tokens.size() - 1).end(), 0, tokens.size())));
    }

    @Test
    void randomUnicodeKeepsEveryOffsetInvariant() {
        Pipeline p = new Pipeline(List.of(WHITESPACE_TOKENS), new DocumentDateResolver(null), ErrorHandler.LOG);
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
