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
import org.claimtrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch stopped by a {@link BatchStop} request (what SIGINT and SIGTERM do) keeps its work, and a resume does exactly the rest. */
class BatchStopTest {
    static final int DOCS = 30;

    @TempDir
    Path dir;

    private final AtomicInteger calls = new AtomicInteger();

    private List<InputSource> inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < DOCS; i++) {
            Files.writeString(in.resolve(String.format("d%02d.txt", i)), i == 9 ? "hang" : "text " + i);
        }
        return Inputs.expand(List.of(in.toString()));
    }

    /** 40 ms a document; "hang" takes 20 s unless interrupted. */
    private DocumentResult slow(Article a) {
        calls.incrementAndGet();
        try {
            Thread.sleep(a.text().equals("hang") ? 20_000 : 40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Pipeline.abandoned(a, Status.OK, List.of());
    }

    private BatchSummary run(List<InputSource> in, Path out, boolean resume, BatchStop stop, Duration grace,
                             Function<Article, DocumentResult> f) {
        return new BatchRunner(f, new ArticleReader(1000), 2, Duration.ofSeconds(60)).stoppedBy(stop, grace)
                .run(in, new JsonDirectorySink(out, "cfg", resume), r -> {
                    if (r.id().equals("d05")) {
                        // the signal arrives while d09 hangs in flight
                        assertEquals(BatchStop.Action.STOPPING, stop.signal(15, "SIGTERM"));
                    }
                });
    }

    @Test
    void aStoppedBatchKeepsItsOutputsAbandonsTheHungDocumentInTimeAndResumesExactly() throws IOException {
        List<InputSource> in = inputs();
        Path out = dir.resolve("out");
        BatchStop stop = new BatchStop();
        assertTrue(stop.enterBatch());
        long t0 = System.nanoTime();
        BatchSummary s = run(in, out, false, stop, Duration.ofMillis(500), this::slow);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 8_000, "stopped within a bounded time, not after the 20 s document: " + millis + " ms");
        assertEquals(143, s.exitCode());
        assertEquals("SIGTERM", s.stoppedBy());
        assertEquals(DOCS, s.documents(), s.line());
        assertTrue(s.line().contains("interrupted: " + s.interrupted() + ","), s.line());
        assertTrue(s.notProcessed().contains("d09"), "the hung document was abandoned: " + s.notProcessed());
        int written = s.count(Status.OK);
        assertTrue(written >= 6 && written < DOCS, s.line());
        assertEquals(DOCS - written, s.interrupted());

        Set<String> files = new HashSet<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.add(Json.MAPPER.readTree(p.toFile()).path("id").asText());
            }
        }
        assertEquals(written, files.size(), "every completed output is kept");
        assertEquals(written, Files.readAllLines(out.resolve(Manifest.FILE)).size(), "with its manifest line");

        calls.set(0);
        BatchSummary r = run(in, out, true, new BatchStop(), Duration.ofSeconds(1),
                a -> Pipeline.abandoned(a, Status.OK, List.of()));
        assertEquals(written, r.resumed(), r.line());
        assertEquals(DOCS - written, r.count(Status.OK), "exactly the rest is done: " + r.line());
        assertEquals(0, r.exitCode());
    }

    @Test
    void aSignalOutsideTheBatchExitsAtOnceAndASecondOneToo() {
        BatchStop stop = new BatchStop();
        assertEquals(BatchStop.Action.EXIT_NOW, stop.signal(2, "SIGINT"), "while the models load");
        assertTrue(!stop.enterBatch(), "a batch does not start after the signal");

        BatchStop running = new BatchStop();
        assertTrue(running.enterBatch());
        assertEquals(BatchStop.Action.STOPPING, running.signal(2, "SIGINT"));
        assertEquals(BatchStop.Action.EXIT_NOW, running.signal(15, "SIGTERM"));
        assertEquals(2, running.signalNumber(), "the first signal decides the exit code");
    }

    @Test
    void theStopLeavesNoDocumentWithoutAnAccount() throws IOException {
        List<InputSource> in = inputs();
        BatchStop stop = new BatchStop();
        stop.enterBatch();
        List<String> seen = new ArrayList<>();
        BatchSummary s = new BatchRunner(this::slow, new ArticleReader(1000), 1, Duration.ofSeconds(60))
                .stoppedBy(stop, Duration.ofMillis(100))
                .run(in, new JsonDirectorySink(dir.resolve("o"), "cfg", false), r -> {
                    seen.add(r.id());
                    if (seen.size() == 3) {
                        stop.signal(2, "SIGINT");
                    }
                });
        Set<String> accounted = new HashSet<>(seen);
        accounted.addAll(s.notProcessed());
        assertEquals(DOCS, accounted.size(), "each input is written or named as not processed");
        assertEquals(130, s.exitCode());
    }
}
