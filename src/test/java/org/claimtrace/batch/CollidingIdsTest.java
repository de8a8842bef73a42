package org.claimtrace.batch;

import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.output.JsonDirectorySink;
import org.claimtrace.output.Manifest;
import org.claimtrace.output.html.HtmlSink;
import org.claimtrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The probe's colliding ids through whole batches: distinct files, both outputs kept, also through --resume. */
class CollidingIdsTest {
    @TempDir
    Path dir;

    private List<InputSource> inputs(String... extraLines) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"id\": \"line1\\nline2\", \"text\": \"first\"}\n");
        sb.append("{\"id\": \"line1_line2-683376e2\", \"text\": \"second\"}\n");
        sb.append("{\"id\": \"Line1_Line2-683376E2\", \"text\": \"third, only the case differs\"}\n");
        sb.append("{\"id\": \"plain\", \"text\": \"fourth\"}\n");
        for (String l : extraLines) {
            sb.append(l).append('\n');
        }
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, sb);
        return Inputs.expand(List.of(in.toString()));
    }

    private static DocumentResult echo(Article a) {
        return Pipeline.abandoned(a, Status.OK, List.of());
    }

    private static BatchSummary run(List<InputSource> in, Path out, boolean resume) {
        return new BatchRunner(CollidingIdsTest::echo, new ArticleReader(1000), 2, Duration.ofSeconds(10))
                .run(in, new JsonDirectorySink(out, "cfg", resume), r -> { });
    }

    /** id → text of every output file, checking that no two files hold one id. */
    private static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> byId = new HashMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                var tree = Json.MAPPER.readTree(p.toFile());
                assertEquals(null, byId.put(tree.path("id").asText(), tree.path("text").asText()), p.toString());
            }
        }
        return byId;
    }

    @Test
    void collidingIdsKeepBothOutputsAlsoThroughResume() throws IOException {
        List<InputSource> in = inputs();
        Path out = dir.resolve("out");
        BatchSummary s = run(in, out, false);
        assertEquals(4, s.count(Status.OK));
        Map<String, String> first = outputs(out);
        assertEquals(Map.of("line1\nline2", "first", "line1_line2-683376e2", "second",
                "Line1_Line2-683376E2", "third, only the case differs", "plain", "fourth"), first);
        Set<String> files = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve(Manifest.FILE))) {
            assertTrue(files.add(Json.MAPPER.readValue(line, Manifest.Entry.class).file().toLowerCase()),
                    "the manifest gives each id its own file: " + line);
        }

        BatchSummary r = run(in, out, true);
        assertEquals(4, r.resumed(), r.line());
        assertEquals(first, outputs(out));

        // one input changes and a new colliding id arrives: the changed one is redone in its own file
        List<InputSource> changed = inputs("{\"id\": \"line1_line2-683376e2-2\", \"text\": \"fifth, a literal suffix\"}");
        Files.writeString(dir.resolve("in.jsonl"), Files.readString(dir.resolve("in.jsonl")).replace("\"first\"", "\"first, changed\""));
        BatchSummary t = run(changed, out, true);
        assertEquals(3, t.resumed(), t.line());
        assertEquals(2, t.count(Status.OK), t.line());
        Map<String, String> after = outputs(out);
        assertEquals(5, after.size(), after.toString());
        assertEquals("first, changed", after.get("line1\nline2"));
        assertEquals("second", after.get("line1_line2-683376e2"));
        assertEquals("fifth, a literal suffix", after.get("line1_line2-683376e2-2"));
    }

    @Test
    void aManifestWithTwoIdsOnOneFileIsRepairedOnResume() throws IOException {
        // what the earlier version left: both ids recorded against one file, which holds the second
        List<InputSource> in = inputs();
        Path out = Files.createDirectories(dir.resolve("old"));
        run(in, out, false);
        Path shared = out.resolve("line1_line2-683376e2.json");
        Files.copy(out.resolve("line1_line2-683376e2-2.json"), shared, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(out.resolve("line1_line2-683376e2-2.json"));
        List<String> lines = Files.readAllLines(out.resolve(Manifest.FILE));
        Files.write(out.resolve(Manifest.FILE), lines.stream()
                .map(l -> l.replace("line1_line2-683376e2-2.json", "line1_line2-683376e2.json")).toList());

        BatchSummary r = run(in, out, true);
        assertEquals(Map.of("line1\nline2", "first", "line1_line2-683376e2", "second",
                "Line1_Line2-683376E2", "third, only the case differs", "plain", "fourth"), outputs(out), r.line());
        assertEquals(2, r.resumed(), "the two ids on one file are both done again: " + r.line());
    }

    @Test
    void aDocumentCalledIndexDoesNotReplaceTheHtmlIndex() throws IOException {
        Path out = dir.resolve("html");
        try (HtmlSink sink = new HtmlSink(out)) {
            sink.write(echo(Article.of("index", "a document named index")));
            sink.write(echo(Article.of("Index", "and another")));
        }
        assertTrue(Files.readString(out.resolve(HtmlSink.INDEX)).contains("index-2.html"));
        assertTrue(Files.readString(out.resolve("index-2.html")).contains("a document named index"));
        assertTrue(Files.readString(out.resolve("Index-3.html")).contains("and another"));
    }
}
