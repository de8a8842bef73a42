package org.claimtrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage errors are caught before any model is loaded: exit code 2 and a clear message. */
class CliUsageTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noInput() {
        assertEquals(Main.USAGE, run());
        assertTrue(err().contains("no input given"), err());
    }

    @Test
    void missingInputFile() {
        assertEquals(Main.USAGE, run(dir.resolve("missing.txt").toString()));
        assertTrue(err().contains("input not found: " + dir.resolve("missing.txt")), err());
    }

    @Test
    void badOptionValues() {
        assertEquals(Main.USAGE, run("--threads", "zero", "x"));
        assertEquals(Main.USAGE, run("--format", "xml", "x"));
        assertEquals(Main.USAGE, run("--format", "csv", "--out", "-", "x"));
        assertTrue(err().contains("give --out a directory"), err());
        assertEquals(Main.USAGE, run("--date", "15/10/2025", "x"));
        assertTrue(err().contains("--date takes YYYY-MM-DD"), err());
        assertEquals(Main.USAGE, run("--models", dir.resolve("none").toString(), "x"));
        assertEquals(Main.USAGE, run("--no-such-option"));
    }

    @Test
    void helpAndVersion() {
        assertEquals(Main.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--threads") && help.contains("Exit codes"), help);
        assertEquals(Main.OK, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("claimtrace "));
    }

    @Test
    void evaluateNeedsAKnownTask() {
        assertEquals(Main.USAGE, run("evaluate"));
        assertEquals(Main.USAGE, run("evaluate", "ner"));
        assertTrue(err().contains("give --meantime"), err());
    }

    @Test
    void aggregateWritesJsonAndEdgesFromTheGoldenOutput() throws java.io.IOException {
        Path dest = dir.resolve("agg");
        assertEquals(Main.OK, run("aggregate", "--out", dest.toString(),
                org.claimtrace.testing.Golden.dir().toString()));
        assertTrue(err().contains("documents: 8,"), err());
        com.fasterxml.jackson.databind.JsonNode agg = org.claimtrace.json.Json.MAPPER.readTree(
                dest.resolve("aggregate.json").toFile());
        assertEquals(8, agg.get("documents").size());
        String edges = java.nio.file.Files.readString(dest.resolve("edges.csv"));
        assertTrue(edges.startsWith("source_id,source_name,via,target_id,target_name,claim_type,date,document_id,"), edges);
        assertTrue(edges.contains("Lena Hoffmann"), edges);
    }

    @Test
    void aggregateUsage() {
        assertEquals(Main.USAGE, run("aggregate"));
        assertEquals(Main.USAGE, run("aggregate", dir.resolve("none").toString()));
        assertEquals(Main.USAGE, run("aggregate", dir.toString()));
        assertTrue(err().contains("no claimtrace JSON documents"), err());
    }

    @Test
    void budgetsAndResumeAreCheckedBeforeLoading() {
        String in = dir.toString();
        assertEquals(Main.USAGE, run("--max-parse-tokens", "0", in));
        assertTrue(err().contains("--max-parse-tokens"), err());
        assertEquals(Main.USAGE, run("--timeout-seconds", "-1", in));
        assertEquals(Main.USAGE, run("--timeout-seconds", "soon", in));
        assertEquals(Main.USAGE, run("--resume", "--out", "-", in));
        assertEquals(Main.USAGE, run("--resume", "--format", "csv", in));
        assertTrue(err().contains("--resume needs an output directory and --format json or jsonl"), err());
    }

    @Test
    void helpNamesTheNewOptionsAndTheFailuresFile() {
        assertEquals(Main.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String o : new String[]{"--timeout-seconds", "--max-parse-tokens", "--resume", "--heap-log", "failures.tsv"}) {
            assertTrue(help.contains(o), o + " in " + help);
        }
    }
}
