package org.claimtrace.io;

import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jackson's StreamReadConstraints bound JSONL input, and input fields stay data. */
class InputLimitsTest {
    @TempDir
    Path dir;

    private List<Article> readJsonl(String content, long maxBytes) throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        List<Article> out = new ArrayList<>();
        try (ArticleReader.ArticleIterator it = new ArticleReader(maxBytes).read(Inputs.expand(List.of(f.toString())).get(0))) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void deepNestingIsRefusedPerLineAndTheNextLineIsRead() throws IOException {
        String deep = "{\"id\":\"deep\",\"text\":\"x\",\"meta\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<Article> read = readJsonl(deep + "\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n", 10_000_000);
        assertEquals(2, read.size());
        assertEquals("invalid-json", read.get(0).readError().code().json());
        assertTrue(read.get(0).readError().message().contains("nesting depth"), read.get(0).readError().message());
        assertEquals("Fine.", read.get(1).text());
    }

    @Test
    void theConstraintsAreThoseDocumented() {
        var c = Json.MAPPER.getFactory().streamReadConstraints();
        assertEquals(Json.MAX_NESTING, c.getMaxNestingDepth());
        assertEquals(Json.MAX_STRING_CHARS, c.getMaxStringLength());
    }

    @Test
    void typeHintsAndPathsInTheInputStayPlainMetadata() throws IOException {
        List<Article> read = readJsonl("{\"id\":\"a\",\"text\":\"Hello.\",\"@class\":\"java.lang.ProcessBuilder\","
                + "\"models\":\"/tmp/evil\",\"gazetteer\":{\"@type\":\"java.net.URL\",\"val\":\"http://x\"}}\n", 1000);
        Article a = read.get(0);
        assertNull(a.readError());
        assertEquals("java.lang.ProcessBuilder", a.metadata().get("@class"));
        assertEquals("/tmp/evil", a.metadata().get("models"));
        assertEquals(Map.of("@type", "java.net.URL", "val", "http://x"), a.metadata().get("gazetteer"));
    }
}
