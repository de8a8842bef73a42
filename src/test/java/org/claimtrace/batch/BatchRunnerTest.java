package org.claimtrace.batch;

import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.output.JsonDirectorySink;
import org.claimtrace.output.Manifest;
import org.claimtrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches over a fake pipeline: resume, accounting, timeouts. */
class BatchRunnerTest {
    @TempDir
    Path dir;

    private final AtomicInteger calls = new AtomicInteger();

    private DocumentResult fake(Article a) {
        calls.incrementAndGet();
        if (a.readError() != null) {
            return Pipeline.abandoned(a, Status.FAILED, List.of(a.readError()));
        }
        if (a.text().contains("hang")) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Pipeline.abandoned(a, a.text().contains("fail") ? Status.FAILED : Status.OK, List.of());
    }

    private BatchSummary run(Path out, String config, boolean resume, Function<Article, DocumentResult> f)
            throws IOException {
        List<InputSource> sources = Inputs.expand(List.of(dir.resolve("in").toString()));
        return new BatchRunner(f, new ArticleReader(1000), 2, Duration.ofMillis(300))
                .run(sources, new JsonDirectorySink(out, config, resume), r -> { });
    }

    private void inputs(String... texts) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(dir.resolve("in").resolve("d" + i + ".txt"), texts[i]);
        }
    }

    @Test
    void resumeSkipsCurrentOutputsAndRedoesTheRest() throws IOException {
        inputs("one", "two", "fail three", "four", "hang five");
        Path out = dir.resolve("out");
        BatchSummary first = run(out, "cfg", false, this::fake);
        assertEquals(5, first.documents());
        assertEquals(3, first.count(Status.OK));
        assertEquals(1, first.count(Status.FAILED));
        assertEquals(1, first.count(Status.TIMEOUT));
        assertEquals(1, first.exitCode());

        // d1 changed and d3's output is corrupt: those and the failed and timed-out documents are redone
        Files.writeString(dir.resolve("in/d1.txt"), "two, changed");
        Files.writeString(out.resolve("d3.json"), "{\"id\": \"d3\", \"text");
        calls.set(0);
        BatchSummary second = run(out, "cfg", true, this::fake);
        assertEquals(5, second.documents());
        assertEquals(1, second.resumed(), second.line());
        assertEquals(4, calls.get());
        int sum = second.resumed();
        for (Status s : Status.values()) {
            sum += second.count(s);
        }
        assertEquals(second.documents(), sum, "counts add up to the inputs");
        assertTrue(second.line().contains("resumed: 1"), second.line());

        // another configuration redoes everything
        calls.set(0);
        assertEquals(0, run(out, "other", true, this::fake).resumed());
        assertEquals(5, calls.get());
    }

    @Test
    void aTornManifestLineIsIgnoredAndRepaired() throws IOException {
        inputs("one", "two");
        Path out = dir.resolve("out");
        run(out, "cfg", false, this::fake);
        Path manifest = out.resolve(Manifest.FILE);
        List<String> lines = Files.readAllLines(manifest);
        assertEquals(2, lines.size());
        // a crash in the middle of the second line
        Files.writeString(manifest, lines.get(0) + "\n" + lines.get(1).substring(0, 20), StandardCharsets.UTF_8);
        calls.set(0);
        BatchSummary s = run(out, "cfg", true, this::fake);
        assertEquals(1, s.resumed());
        assertEquals(1, calls.get());
        List<String> after = Files.readAllLines(manifest);
        assertEquals(3, after.size());
        assertTrue(after.get(2).startsWith("{\"id\":\"d1\""), after.toString());
        assertEquals(2, run(out, "cfg", true, this::fake).resumed());
    }

    @Test
    void leftoverTemporaryFilesAreRemoved() throws IOException {
        inputs("one");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("d0.json.tmp"), "{\"half");
        run(out, "cfg", false, this::fake);
        assertFalse(Files.exists(out.resolve("d0.json.tmp")));
        assertTrue(Files.exists(out.resolve("d0.json")));
    }

    @Test
    void outputStaysInInputOrderWithTimeouts() throws IOException {
        inputs("hang a", "b", "c", "hang d", "e");
        List<String> order = new ArrayList<>();
        List<InputSource> sources = Inputs.expand(List.of(dir.resolve("in").toString()));
        new BatchRunner(this::fake, new ArticleReader(1000), 1, Duration.ofMillis(200))
                .run(sources, new JsonDirectorySink(dir.resolve("out")), r -> order.add(r.id() + ":" + r.status().json()));
        assertEquals(List.of("d0:timeout", "d1:ok", "d2:ok", "d3:timeout", "d4:ok"), order);
    }
}
