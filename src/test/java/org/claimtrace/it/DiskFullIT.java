package org.claimtrace.it;

import org.claimtrace.cli.Main;
import org.claimtrace.json.Json;
import org.claimtrace.output.JsonLinesFileSink;
import org.claimtrace.output.Manifest;
import org.claimtrace.testing.Schema;
import org.claimtrace.testing.SmallFilesystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe of issue 17 with the real command: the output on a tiny tmpfs fills up. The run ends with the
 * documents that fit written, the next ones failed with write-failed, a clean stop naming the rest, the
 * summary, exit code 1 and no stack trace; nothing is torn; after the file system grows, {@code --resume}
 * completes. Skipped where a tmpfs cannot be mounted.
 */
class DiskFullIT {
    static final int DOCUMENTS = 16;

    @TempDir
    Path tmp;

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String[] people = {"Putin", "Merkel", "Macron", "Erdogan"};
        for (int i = 0; i < DOCUMENTS; i++) {
            String who = people[i % people.length];
            Files.writeString(in.resolve(String.format("doc%02d.txt", i)), who + " met officials in Geneva on Monday.\n\n"
                    + who + " said the talks on trade " + i + " had gone well, according to Reuters.\n");
        }
        return in;
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonFilesOnAFullDisk() throws IOException {
        fullDiskThenResume("json");
    }

    @Test
    void jsonLinesOnAFullDisk() throws IOException {
        fullDiskThenResume("jsonl");
    }

    private void fullDiskThenResume(String format) throws IOException {
        Path in = inputs();
        try (SmallFilesystem fs = SmallFilesystem.mount(tmp.resolve("small"), 32)) {
            Path out = fs.path().resolve("out");
            Run full = run("--threads", "1", "--format", format, "--out", out.toString(), in.toString());
            String log = full.err();
            assertEquals(Main.DOCUMENT_FAILED, full.code(), log);
            assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace: " + log);
            assertTrue(log.contains("claimtrace: stopped: output device: No space left on device"), log);
            assertTrue(log.contains(": failed: cannot write ") && log.contains(": No space left on device"), log);
            assertTrue(log.contains("claimtrace: not processed: doc" + (DOCUMENTS - 1)), "the rest is named: " + log);
            assertTrue(log.contains("documents: " + DOCUMENTS + ", "), log);
            assertTrue(log.matches("(?s).*failed: 3, timeout: 0, resumed: 0, interrupted: [1-9][0-9]*, .*"), log);
            Set<String> written = ids(format, out);
            assertTrue(!written.isEmpty() && written.size() < DOCUMENTS - 3, written.toString());

            fs.resize(16 * 1024);
            Run resumed = run("--resume", "--threads", "1", "--format", format, "--out", out.toString(), in.toString());
            assertEquals(Main.OK, resumed.code(), resumed.err());
            assertTrue(resumed.err().contains("documents: " + DOCUMENTS + ", ok: " + (DOCUMENTS - written.size())
                    + ", "), resumed.err());
            assertTrue(resumed.err().contains("resumed: " + written.size() + ", interrupted: 0,"), resumed.err());
            Set<String> all = ids(format, out);
            assertEquals(DOCUMENTS, all.size(), all.toString());
            assertTrue(all.containsAll(written));
        }
    }

    /** The ids in the output, each complete and schema-valid, none twice, no temporary file left. */
    private static Set<String> ids(String format, Path out) throws IOException {
        Set<String> ids = new HashSet<>();
        if (format.equals("jsonl")) {
            String content = Files.readString(out.resolve(JsonLinesFileSink.FILE));
            assertTrue(content.isEmpty() || content.endsWith("\n"), "no torn last line");
            for (String line : content.split("\n")) {
                if (!line.isEmpty()) {
                    Schema.assertValid(line, line.substring(0, Math.min(60, line.length())));
                    assertTrue(ids.add(Json.MAPPER.readTree(line).path("id").asText()), "one line per id");
                }
            }
            return ids;
        }
        try (Stream<Path> s = Files.list(out)) {
            List<Path> files = s.toList();
            assertFalse(files.stream().anyMatch(p -> p.toString().endsWith(".tmp")), files.toString());
            for (Path f : files) {
                if (f.toString().endsWith(".json")) {
                    Schema.assertValid(Files.readString(f), f.toString());
                    ids.add(Json.MAPPER.readTree(f.toFile()).path("id").asText());
                }
            }
        }
        for (String line : Files.readAllLines(out.resolve(Manifest.FILE))) {
            Json.MAPPER.readValue(line, Manifest.Entry.class); // no torn manifest line
        }
        return ids;
    }
}
