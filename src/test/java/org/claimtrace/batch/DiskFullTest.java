package org.claimtrace.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.output.FailureLog;
import org.claimtrace.output.JsonDirectorySink;
import org.claimtrace.output.JsonLinesFileSink;
import org.claimtrace.output.JsonStreamSink;
import org.claimtrace.output.Manifest;
import org.claimtrace.output.OutputFiles;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.OutputWriteException;
import org.claimtrace.output.csv.CsvTablesSink;
import org.claimtrace.testing.FailingOutputFiles;
import org.claimtrace.testing.GoldenLike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault injection: outputs that fail after N bytes, as a full disk does (the bytes that fit are written,
 * then "No space left on device"), in the JSON directory, the JSONL file, the CSV tables and a stream.
 * Nothing is lost: a failed write is a failed document with {@code write-failed}, three in a row stop the
 * batch cleanly with the rest named, no output is torn, and {@code --resume} completes.
 */
class DiskFullTest {
    static final int DOCS = 12;

    @TempDir
    Path dir;

    enum Format { JSON, JSONL, CSV }

    private List<InputSource> inputs() throws IOException {
        Path in = dir.resolve("in.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= DOCS; i++) {
            sb.append(String.format("{\"id\": \"n%02d\", \"text\": \"Article %d.\"}%n", i, i));
        }
        Files.writeString(in, sb);
        return Inputs.expand(List.of(in.toString()));
    }

    static OutputSink sink(Format f, Path out, OutputFiles files, boolean resume) {
        return switch (f) {
            case JSON -> new JsonDirectorySink(out, "cfg", resume, files);
            case JSONL -> new JsonLinesFileSink(out, "cfg", resume, files);
            case CSV -> new CsvTablesSink(out, files);
        };
    }

    static BatchSummary run(List<InputSource> in, OutputSink sink, List<DocumentResult> results) {
        return new BatchRunner((Function<Article, DocumentResult>) GoldenLike::result, new ArticleReader(1 << 20), 2,
                Duration.ofSeconds(30)).run(in, sink, results::add);
    }

    /** The bytes that three and a half documents take in a format (outputs and manifest): the disk's size. */
    private long budgetForThree(Format f, List<InputSource> in) throws IOException {
        Path scratch = dir.resolve("scratch-" + f);
        OutputSink sink = sink(f, scratch, OutputFiles.REAL, false);
        try (ArticleReader.ArticleIterator it = new ArticleReader(1 << 20).read(in.get(0))) {
            for (int i = 0; i < 3; i++) {
                Article a = it.next();
                sink.write(GoldenLike.result(a), Fingerprints.input(a));
            }
        }
        sink.close();
        try (Stream<Path> files = Files.list(scratch)) {
            long total = 0;
            for (Path p : files.toList()) {
                total += Files.size(p);
            }
            return total + total / 6; // and half of the fourth: its write is torn, as on a real disk
        }
    }

    @Test
    void jsonDirectory() throws IOException {
        fullDiskThenResume(Format.JSON);
    }

    @Test
    void jsonLines() throws IOException {
        fullDiskThenResume(Format.JSONL);
    }

    @Test
    void csvTables() throws IOException {
        fullDiskThenResume(Format.CSV);
    }

    private void fullDiskThenResume(Format f) throws IOException {
        List<InputSource> in = inputs();
        Path out = dir.resolve("out-" + f);
        FailingOutputFiles disk = new FailingOutputFiles(budgetForThree(f, in));
        List<DocumentResult> results = new ArrayList<>();
        BatchSummary s = run(in, sink(f, out, disk, false), results);

        assertTrue(disk.failures() >= 3, "the budget was hit: " + disk.failures());
        assertEquals(DOCS, s.documents(), s.line());
        assertEquals(BatchRunner.MAX_CONSECUTIVE_WRITE_FAILURES, s.count(Status.FAILED), s.line());
        int written = s.count(Status.OK) + s.count(Status.PARTIAL) + s.count(Status.SKIPPED);
        assertEquals(3, written, "the disk holds three documents: " + s.line());
        assertEquals(DOCS - written - 3, s.interrupted(), s.line());
        assertEquals(s.interrupted(), s.notProcessed().size());
        assertTrue(s.stoppedBy().contains(FailingOutputFiles.ENOSPC), s.stoppedBy());
        assertEquals(1, s.exitCode());
        assertEquals(0, s.signal());
        // the documents not processed are named, the last ones in input order
        assertEquals(String.format("n%02d", DOCS), s.notProcessed().get(s.notProcessed().size() - 1));
        for (DocumentResult r : results) {
            if (r.status() == Status.FAILED) {
                assertEquals(ProblemCode.WRITE_FAILED, r.problems().get(0).code());
                assertEquals(ProblemCode.OUTPUT_STAGE, r.problems().get(0).stage());
                assertTrue(r.problems().get(0).message().contains(FailingOutputFiles.ENOSPC), r.problems().toString());
            }
        }
        Set<String> done = results.stream().filter(r -> r.status().isSuccess()).map(DocumentResult::id)
                .collect(Collectors.toSet());
        assertEquals(done, idsInOutput(f, out), "exactly the written documents are in the output, none torn");

        if (f == Format.CSV) {
            return; // no --resume for CSV: whole documents in all four tables is the guarantee
        }
        List<DocumentResult> again = new ArrayList<>();
        BatchSummary r = run(in, sink(f, out, OutputFiles.REAL, true), again);
        assertEquals(DOCS, r.documents(), r.line());
        assertEquals(written, r.resumed(), r.line());
        assertEquals(DOCS - written, r.count(Status.OK), r.line());
        assertEquals(0, r.interrupted());
        assertEquals(0, r.exitCode());
        Set<String> all = new HashSet<>();
        for (int i = 1; i <= DOCS; i++) {
            all.add(String.format("n%02d", i));
        }
        assertEquals(all, idsInOutput(f, out));
    }

    /** The ids in a format's output, checking that nothing is torn or doubled. */
    static Set<String> idsInOutput(Format f, Path out) throws IOException {
        Set<String> ids = new HashSet<>();
        switch (f) {
            case JSON -> {
                try (Stream<Path> files = Files.list(out)) {
                    List<Path> all = files.toList();
                    assertFalse(all.stream().anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file: " + all);
                    for (Path p : all) {
                        if (p.toString().endsWith(".json")) {
                            assertTrue(ids.add(Json.MAPPER.readTree(p.toFile()).path("id").asText()), p.toString());
                        }
                    }
                }
                Set<String> recorded = new HashSet<>();
                for (String line : Files.readAllLines(out.resolve(Manifest.FILE))) {
                    Manifest.Entry e = Json.MAPPER.readValue(line, Manifest.Entry.class);
                    if (Files.exists(out.resolve(e.file()))) {
                        recorded.add(e.id());
                    }
                }
                assertEquals(ids, recorded, "every output file has its manifest line");
            }
            case JSONL -> {
                String content = Files.readString(out.resolve(JsonLinesFileSink.FILE));
                assertTrue(content.isEmpty() || content.endsWith("\n"), "no torn last line");
                for (String line : content.split("\n")) {
                    if (!line.isEmpty()) {
                        assertTrue(ids.add(Json.MAPPER.readTree(line).path("id").asText()), "one line per id: " + line);
                    }
                }
            }
            case CSV -> {
                List<Map<String, String>> docs = readCsv(out.resolve(CsvTablesSink.DOCUMENTS));
                docs.forEach(d -> assertTrue(ids.add(d.get("doc_id")), d.toString()));
                for (String table : List.of(CsvTablesSink.ENTITIES, CsvTablesSink.MENTIONS, CsvTablesSink.CLAIMS)) {
                    Map<String, Long> rows = readCsv(out.resolve(table)).stream()
                            .collect(Collectors.groupingBy(m -> m.get("doc_id"), Collectors.counting()));
                    assertTrue(ids.containsAll(rows.keySet()), table + " has rows of a document not in documents.csv");
                    for (String id : ids) {
                        DocumentResult g = GoldenLike.result(Article.of(id, "x"));
                        long expected = switch (table) {
                            case CsvTablesSink.ENTITIES -> g.entities().size();
                            case CsvTablesSink.MENTIONS -> g.entities().stream().mapToLong(e -> e.mentions().size()).sum();
                            default -> g.claims().size();
                        };
                        assertEquals(expected, rows.getOrDefault(id, 0L), table + " rows of " + id);
                    }
                }
            }
        }
        return ids;
    }

    static List<Map<String, String>> readCsv(Path file) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.endsWith("\n"), file + " ends in a torn row");
        try (MappingIterator<Map<String, String>> it = CsvTablesSink.MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    @Test
    void oneFailedWriteFailsOnlyItsDocumentAndIsListedInTheFailuresFile() throws IOException {
        List<InputSource> in = inputs();
        Path out = dir.resolve("out");
        OutputFiles disk = new FailingOutputFiles(0, p -> p.getFileName().toString().startsWith("n05"));
        List<DocumentResult> results = new ArrayList<>();
        BatchSummary s;
        try (FailureLog failures = new FailureLog(Files.createDirectories(out))) {
            s = new BatchRunner((Function<Article, DocumentResult>) GoldenLike::result, new ArticleReader(1 << 20), 1,
                    Duration.ofSeconds(30)).run(in, sink(Format.JSON, out, disk, false), r -> {
                results.add(r);
                failures.record(r);
            });
        }
        assertNull(s.stoppedBy(), "one failure does not stop the batch");
        assertEquals(DOCS - 1, s.count(Status.OK), s.line());
        assertEquals(1, s.count(Status.FAILED), s.line());
        assertEquals(0, s.interrupted());
        assertEquals(1, s.exitCode());
        assertFalse(Files.exists(out.resolve("n05.json")));
        assertFalse(Files.exists(out.resolve("n05.json.tmp")));
        List<String> rows = Files.readAllLines(out.resolve(FailureLog.FILE));
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("n05\t") && rows.get(1).contains("\tfailed\twrite-failed\t")
                && rows.get(1).contains(FailingOutputFiles.ENOSPC), rows.get(1));
    }

    @Test
    void theFailuresFileGoesAsFarAsTheDiskAllowsAndNeverThrows() throws IOException {
        FailingOutputFiles disk = new FailingOutputFiles(100);
        try (FailureLog log = new FailureLog(dir, disk)) {
            DocumentResult failed = org.claimtrace.pipeline.Pipeline.abandoned(Article.of("a", "x"), Status.FAILED,
                    List.of(new org.claimtrace.model.Problem("output", org.claimtrace.model.ProblemCode.WRITE_FAILED, "cannot write a.json: full")));
            assertTrue(log.record(failed));
            assertFalse(log.record(failed));
            assertFalse(log.record(failed));
            assertEquals(2, log.lost());
            assertEquals(FailingOutputFiles.ENOSPC, log.lostReason());
        }
        List<String> lines = Files.readAllLines(dir.resolve(FailureLog.FILE));
        assertEquals(2, lines.size(), "header and one whole row, no torn row: " + lines);
    }

    @Test
    void aStreamThatFailsGivesWriteFailedResultsAndStops() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long budget = Json.compact(GoldenLike.result(Article.of("n01", "x"))).length() * 2L;
        OutputStream failing = new OutputStream() {
            long left = budget;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > left) {
                    throw new IOException(FailingOutputFiles.ENOSPC);
                }
                kept.write(b, off, len);
                left -= len;
            }
        };
        List<DocumentResult> results = new ArrayList<>();
        BatchSummary s = run(inputs(), new JsonStreamSink(failing, true, "stdout", false), results);
        assertTrue(s.stoppedBy() != null && s.stoppedBy().contains(FailingOutputFiles.ENOSPC), s.line());
        assertEquals(3, s.count(Status.FAILED));
        assertEquals(1, s.exitCode());
        String content = kept.toString(StandardCharsets.UTF_8);
        assertTrue(content.endsWith("\n"), "whole lines only");
        for (String line : content.split("\n")) {
            JsonNode n = Json.MAPPER.readTree(line);
            assertTrue(n.path("id").asText().startsWith("n"), line);
        }
        OutputWriteException e = assertThrows(OutputWriteException.class,
                () -> new JsonStreamSink(failing, true, "stdout", false).write(GoldenLike.result(Article.of("x", "x"))));
        assertEquals(FailingOutputFiles.ENOSPC, e.reason());
        assertTrue(e.deviceUnusable());
    }

    @Test
    void anHtmlIndexThatCannotBeWrittenIsReportedNotThrown() throws IOException {
        OutputFiles disk = new FailingOutputFiles(0, p -> p.getFileName().toString().startsWith("index.html"));
        BatchSummary s = run(inputs(), new org.claimtrace.output.html.HtmlSink(dir.resolve("html"), disk), new ArrayList<>());
        assertEquals(DOCS, s.count(Status.OK), s.line());
        assertTrue(s.outputError() != null && s.outputError().contains("index.html")
                && s.outputError().contains(FailingOutputFiles.ENOSPC), String.valueOf(s.outputError()));
        assertEquals(1, s.exitCode());
        assertFalse(Files.exists(dir.resolve("html").resolve("index.html.tmp")));
    }
}
