package org.claimtrace.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.cli.Main;
import org.claimtrace.json.Json;
import org.claimtrace.testing.Paths;
import org.claimtrace.testing.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end with the real models. */
class CliIT {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void brokenInputAmongGoodOnesFailsAloneWithExitCode1() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Putin met al-Sharaa in Moscow.\n\nHe said talks went well.");
        Files.write(in.resolve("broken.txt"), new byte[]{'O', 'k', (byte) 0xFF, (byte) 0xFE, 'x'});
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Files.writeString(in.resolve("german.txt"), "Der Bundeskanzler sagte am Dienstag in Berlin, dass die "
                + "Regierung die Steuern im nächsten Jahr nicht erhöhen werde und die Wirtschaft wachsen solle.");
        Path outDir = tmp.resolve("out");
        int code = run("--out", outDir.toString(), "--threads", "2", "--date", "2025-10-15", in.toString());
        assertEquals(Main.DOCUMENT_FAILED, code, err.toString(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> s = Files.list(outDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> failures = Files.readAllLines(outDir.resolve("failures.tsv"));
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(1).startsWith("broken\t" + in.resolve("broken.txt") + "\tfailed\tinvalid-utf8\t"),
                failures.toString());
        assertEquals(List.of("broken.json", "empty.json", "german.json", "good.json"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            Schema.assertValid(Files.readString(f), f.toString());
        }
        JsonNode broken = Json.MAPPER.readTree(outDir.resolve("broken.json").toFile());
        assertEquals("failed", broken.get("status").asText());
        assertEquals("invalid-utf8", broken.get("problems").get(0).get("code").asText());
        JsonNode good = Json.MAPPER.readTree(outDir.resolve("good.json").toFile());
        assertEquals("ok", good.get("status").asText());
        assertEquals("option", good.get("documentDate").get("source").asText());
        assertEquals("skipped", Json.MAPPER.readTree(outDir.resolve("empty.json").toFile()).get("status").asText());
        JsonNode german = Json.MAPPER.readTree(outDir.resolve("german.json").toFile());
        assertEquals("skipped", german.get("status").asText());
        assertEquals("not-english", german.get("problems").get(0).get("code").asText());
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("documents: 4, ok: 1, partial: 0, skipped: 2, failed: 1, timeout: 0, resumed: 0"), summary);
        assertTrue(summary.contains("claimtrace: broken: failed: "), summary);
    }

    @Test
    void jsonlToStdoutHasOneLinePerDocumentInInputOrder() throws IOException {
        Path in = tmp.resolve("wire.jsonl");
        Files.writeString(in, "{\"id\":\"b\",\"text\":\"Reuters reported on Monday.\",\"date\":\"2025-05-02\"}\n"
                + "{\"id\":\"a\",\"text\":\"Officials said the plan would work.\",\"desk\":\"world\"}\n"
                + "{\"id\":\"b\",\"text\":\"A repeated id.\"}\n");
        assertEquals(Main.OK, run("--out", "-", "--format", "jsonl", "-t", "2", in.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertEquals("b", first.get("id").asText());
        assertEquals("2025-05-02", first.get("documentDate").get("value").asText());
        assertEquals("world", Json.MAPPER.readTree(lines[1]).get("metadata").get("desk").asText());
        JsonNode third = Json.MAPPER.readTree(lines[2]);
        assertEquals("b~2", third.get("id").asText());
        assertEquals("b", third.get("metadata").get("originalId").asText());
        for (String l : lines) {
            Schema.assertValid(l, "jsonl line");
        }
    }

    @Test
    void samplesReproduceTheGoldenOutputsByteForByte() throws IOException {
        Path outDir = tmp.resolve("golden");
        Path project = Paths.project();
        // relative, as in the README command, because sourcePath records the path as given
        assertEquals(project.toAbsolutePath().normalize(), Path.of("").toAbsolutePath().normalize(),
                "integration tests run from the project directory");
        assertEquals(Main.OK, run("--out", outDir.toString(), "samples"),
                err.toString(StandardCharsets.UTF_8));
        List<Path> produced;
        try (Stream<Path> s = Files.list(outDir)) {
            // the JSON documents are the contract; the manifest beside them is bookkeeping for --resume
            produced = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(produced.size() >= 7, "expected a JSON file per sample: " + produced);
        for (Path f : produced) {
            Path golden = project.resolve("output").resolve(f.getFileName());
            assertTrue(Files.exists(golden), "no golden file " + golden + ": regenerate with the README's first command");
            assertEquals(Files.readString(golden), Files.readString(f),
                    f.getFileName() + " differs from output/: if the change is intended, regenerate output/ with "
                            + "the README's first command and review the diff");
        }
    }
}
