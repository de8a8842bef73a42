package org.claimtrace.it;

import org.claimtrace.cli.Main;
import org.claimtrace.output.Manifest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durable batches: the command runs in a separate JVM, is killed with SIGKILL once its manifest records its
 * first outputs, and a {@code --resume} run then leaves exactly one complete, schema-valid output per input.
 * The wait is on the manifest, not on the JSON files: a file renamed into place whose manifest line was not
 * yet written when the kill came is not done, and the resumed run does it again.
 */
class KillResumeIT {
    static final int DOCUMENTS = 20;

    @TempDir
    Path tmp;

    @Test
    void killedRunResumesToOneCompleteOutputPerInput() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String[] people = {"Putin", "Merkel", "Macron", "Erdogan", "Modi"};
        for (int i = 0; i < DOCUMENTS; i++) {
            String who = people[i % people.length];
            // long enough (about 0.1 s each once warm) that the run cannot finish between the poll and the kill
            StringBuilder text = new StringBuilder(who + " met officials in Geneva on Monday.\n\n");
            for (int p = 0; p < 8; p++) {
                text.append(who).append(" said the talks on trade ").append(i * 10 + p)
                        .append(" had gone well, according to Reuters. A spokesman denied that sanctions would be ")
                        .append("lifted. \"We will continue,\" he told reporters.\n\n");
            }
            Files.writeString(in.resolve(String.format("doc%02d.txt", i)), text.toString());
        }
        Path out = tmp.resolve("out");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path childLog = tmp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Xss4m", "-cp", classpath, "org.claimtrace.cli.Main",
                "--threads", "1", "--out", out.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(childLog.toFile()).start();
        int before;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while ((before = recorded(out)) < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(childLog);
        assertTrue(before >= 2, "the child wrote no outputs: " + log);
        assertTrue(before < DOCUMENTS && !log.contains("documents: " + DOCUMENTS),
                "the child finished before it was killed (" + before + " outputs): " + log);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"--resume", "--threads", "1", "--out", out.toString(), in.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String summary = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.OK, code, summary);
        assertTrue(summary.contains("documents: " + DOCUMENTS + ", "), summary);
        assertTrue(summary.matches("(?s).*resumed: ([2-9]|1[0-9]),.*"), "the killed run's outputs were kept: " + summary);

        List<Path> outputs = jsonFiles(out);
        assertEquals(DOCUMENTS, outputs.size(), outputs.toString());
        for (int i = 0; i < DOCUMENTS; i++) {
            Path f = out.resolve(String.format("doc%02d.json", i));
            assertTrue(Files.exists(f), f.toString());
            Schema.assertValid(Files.readString(f), f.toString());
        }
        try (Stream<Path> s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary files remain");
        }
        assertTrue(Files.readAllLines(out.resolve(Manifest.FILE)).size() >= DOCUMENTS);
        System.out.println("KillResumeIT: killed after " + before + " outputs; resume: " + summary.strip());
    }

    /** Whole lines in the manifest: each is appended with its newline in one write. */
    private static int recorded(Path dir) throws IOException {
        Path manifest = dir.resolve(Manifest.FILE);
        if (!Files.exists(manifest)) {
            return 0;
        }
        return (int) Files.readString(manifest, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
    }
}
