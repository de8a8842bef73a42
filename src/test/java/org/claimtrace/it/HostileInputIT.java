package org.claimtrace.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.cli.Main;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.testing.RandomText;
import org.claimtrace.testing.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input suite: the real command line over every kind of broken input at once, and a fuzz run of
 * random Unicode through the real stages. Big inputs are made here, never committed.
 */
class HostileInputIT {
    static final int INPUTS = 20;

    @TempDir
    Path tmp;

    @Test
    void everyHostileInputGetsExactlyOneOutputWithASensibleStatus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        Files.write(in.resolve("garbage.bin"), garbage);
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
        try (OutputStream o = Files.newOutputStream(in.resolve("ten-mb-line.txt"))) {
            byte[] word = "officials said ".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 10L * 1024 * 1024; n += word.length) {
                o.write(word);
            }
        }
        StringBuilder longSentence = new StringBuilder("The spokesman said that");
        for (int i = 0; i < 3000; i++) {
            longSentence.append(' ').append(List.of("the", "committee", "members", "and", "their", "staff").get(i % 6));
        }
        Files.writeString(in.resolve("long-sentence.txt"), longSentence.append('\n').toString());
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        Files.writeString(in.resolve("malformed.jsonl"), "{\"id\":\"m1\",\"text\":\"cut short\n"
                + "not json at all\n"
                + "[1, 2, 3]\n"
                + "{\"id\":\"deep\",\"text\":\"x\",\"extra\":" + deep + "}\n"
                + "{\"id\":\"m-ok\",\"text\":\"Officials said the plan would work.\"}\n");
        Files.writeString(in.resolve("traversal.jsonl"),
                "{\"id\":\"../../etc/x\",\"text\":\"Reuters reported the talks.\"}\n"
                        + "{\"id\":\"/abs/path\",\"text\":\"The minister said no.\"}\n"
                        + "{\"id\":\"nul\\u0000byte\",\"text\":\"Police said two people were hurt.\"}\n"
                        + "{\"id\":\"..\",\"text\":\"Analysts said markets fell.\"}\n");
        Files.writeString(in.resolve("dupes.jsonl"), ("{\"id\":\"dup\",\"text\":\"The mayor said the road would open.\"}\n").repeat(3));
        Files.writeString(in.resolve("german.txt"), "Der Bundeskanzler sagte am Dienstag in Berlin, dass die Regierung "
                + "die Steuern im nächsten Jahr nicht erhöhen werde und die Wirtschaft wachsen solle.");
        String blob = "A".repeat(2_000_000);
        Files.writeString(in.resolve("page.html"), "<html><head><title>Talks</title><script>var d='" + blob
                + "'; document.write('<p>injected</p>');</script><style>p{}</style></head><body><article>"
                + "<p>The minister said the talks in Geneva would resume on Monday.</p>"
                + "<img src=\"data:image/png;base64," + blob + "\"><script>alert(1)</script>"
                + "</article></body></html>");
        Files.writeString(in.resolve("good.txt"), "Putin met al-Sharaa in Moscow.\n\nHe said talks went well.");

        Path outDir = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertDoesNotThrow(() -> Main.run(new String[]{"--out", outDir.toString(), "--threads", "2",
                "--date", "2025-10-15", in.toString()}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.DOCUMENT_FAILED, code, log);

        Map<String, String> statusById = new TreeMap<>();
        try (Stream<Path> files = Files.list(outDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String json = Files.readString(f);
                Schema.assertValid(json, f.toString());
                JsonNode doc = Json.MAPPER.readTree(json);
                if (!doc.get("sentences").isEmpty()) {
                    Schema.assertOffsets(doc);
                }
                String id = doc.get("id").asText();
                assertFalse(statusById.containsKey(id), "two outputs for " + id);
                statusById.put(id, doc.get("status").asText());
            }
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            Set<Path> outside = all.filter(p -> p.toString().endsWith(".json") && !p.getParent().equals(outDir))
                    .collect(Collectors.toSet());
            assertTrue(outside.isEmpty(), "files written outside the output directory: " + outside);
        }
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("empty", "skipped"), Map.entry("garbage", "failed"), Map.entry("latin1", "failed"),
                Map.entry("ten-mb-line", "failed"), Map.entry("long-sentence", "partial"),
                Map.entry("malformed-1", "failed"), Map.entry("malformed-2", "failed"), Map.entry("malformed-3", "failed"),
                Map.entry("malformed-4", "failed"), Map.entry("m-ok", "ok"),
                Map.entry("../../etc/x", "ok"), Map.entry("/abs/path", "ok"), Map.entry("nul\u0000byte", "ok"),
                Map.entry("..", "ok"), Map.entry("dup", "ok"), Map.entry("dup~2", "ok"), Map.entry("dup~3", "ok"),
                Map.entry("german", "skipped"), Map.entry("page", "ok"), Map.entry("good", "ok")));
        assertEquals(INPUTS, expected.size());
        // the parse budget only bites when the sentence is selected for parsing; either way it is analysed
        assertTrue(Set.of("ok", "partial").contains(statusById.get("long-sentence")), statusById.toString());
        statusById.put("long-sentence", "partial");
        assertEquals(expected, statusById, log);
        assertTrue(log.contains("documents: " + INPUTS + ", "), log);
        assertTrue(log.contains(", skipped: 2, failed: 7, timeout: 0, resumed: 0"), log);
        List<String> failures = Files.readAllLines(outDir.resolve("failures.tsv"));
        assertEquals(1 + 7, failures.size(), String.join("\n", failures));
        JsonNode page = Json.MAPPER.readTree(outDir.resolve("page.json").toFile());
        assertEquals("The minister said the talks in Geneva would resume on Monday.\n", page.get("text").asText());
    }

    @Test
    void randomUnicodeThroughTheRealStagesKeepsOffsetsValid() {
        Random rnd = new Random(42);
        try (ClaimTrace ct = ClaimTrace.create(ClaimTraceConfig.defaults())) {
            for (int i = 0; i < 40; i++) {
                String text = RandomText.generate(rnd, 5 + rnd.nextInt(50));
                String id = "fuzz-" + i;
                DocumentResult r = assertDoesNotThrow(() -> ct.process(Article.of(id, text)), id);
                assertTrue(r.status() == Status.OK || r.status() == Status.PARTIAL || r.status() == Status.SKIPPED,
                        id + " " + r.status() + " " + r.problems() + " for " + text);
                String json = ct.toJson(r);
                Schema.assertValid(json, id);
                Schema.assertOffsets(assertDoesNotThrow(() -> Json.MAPPER.readTree(json)));
            }
        }
    }
}
