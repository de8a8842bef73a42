package org.claimtrace.it;

import org.claimtrace.cli.Main;
import org.claimtrace.json.Json;
import org.claimtrace.output.Manifest;
import org.claimtrace.testing.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM and SIGINT to the real command in a child JVM, once its first outputs appear: it stops within a
 * bounded time with the summary and an interrupted count, exits with 128 + the signal, keeps every completed
 * output with its manifest line, and the next {@code --resume} does exactly the rest.
 */
class SignalIT {
    /** Few, so the resume is short; enough that the child is still busy when the signal arrives. */
    static final int DOCUMENTS = 14;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"TERM, 15", "INT, 2"})
    void aSignalStopsCleanlyAndResumeDoesExactlyTheRest(String signal, int number) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String[] people = {"Putin", "Merkel", "Macron", "Erdogan", "Modi"};
        for (int i = 0; i < DOCUMENTS; i++) {
            String who = people[i % people.length];
            Files.writeString(in.resolve(String.format("doc%02d.txt", i)), who + " met officials in Geneva on Monday.\n\n"
                    + who + " said the talks on trade " + i + " had gone well, according to Reuters. "
                    + "A spokesman denied that sanctions would be lifted. \"We will continue,\" he told reporters.\n");
        }
        Path out = tmp.resolve("out");
        Path childLog = tmp.resolve("child.log");
        Process child = new ProcessBuilder(command(signal, out, in))
                .redirectErrorStream(true).redirectOutput(childLog.toFile()).start();
        int before;
        long stopMillis;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while ((before = jsonFiles(out).size()) < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "the child ended before the signal: " + Files.readString(childLog));
            long t0 = System.nanoTime();
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(child.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -s " + signal);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child stopped within a bounded time");
            stopMillis = (System.nanoTime() - t0) / 1_000_000;
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(childLog);
        assertEquals(128 + number, child.exitValue(), log);
        assertTrue(log.contains("claimtrace: stopped by SIG" + signal + ": "), log);
        assertTrue(log.contains("documents: " + DOCUMENTS + ", "), "the summary line: " + log);
        assertFalse(log.contains("Exception"), log);
        String interrupted = log.replaceFirst("(?s).*interrupted: (\\d+),.*", "$1");
        int written = jsonFiles(out).size();
        assertTrue(written >= before && written < DOCUMENTS, written + " outputs: " + log);
        assertEquals(DOCUMENTS - written, Integer.parseInt(interrupted), log);
        assertTrue(stopMillis < 30_000, "stopped in " + stopMillis + " ms");

        List<String> manifest = Files.readAllLines(out.resolve(Manifest.FILE));
        Set<String> recorded = new HashSet<>();
        for (String line : manifest) {
            recorded.add(Json.MAPPER.readValue(line, Manifest.Entry.class).file());
        }
        Set<String> files = new HashSet<>();
        for (Path f : jsonFiles(out)) {
            Schema.assertValid(Files.readString(f), f.toString());
            files.add(f.getFileName().toString());
        }
        assertEquals(files, recorded, "each completed output has its manifest line, and only those");
        try (Stream<Path> s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".tmp")));
        }

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"--resume", "--threads", "1", "--out", out.toString(), in.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String summary = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.OK, code, summary);
        assertTrue(summary.contains("documents: " + DOCUMENTS + ", ok: " + (DOCUMENTS - written) + ", "), summary);
        assertTrue(summary.contains("resumed: " + written + ", interrupted: 0,"), summary);
        assertEquals(DOCUMENTS, jsonFiles(out).size());
        System.out.println("SignalIT: SIG" + signal + " after " + written + " outputs, stopped in " + stopMillis
                + " ms; resume: " + summary.strip());
    }

    /**
     * The child's command line. A JVM leaves a signal alone that was ignored when it started, and a test runner
     * started in the background may ignore SIGINT; then the child is started through perl, which restores it.
     */
    private static List<String> command(String signal, Path out, Path in) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        if (signal.equals("INT") && intIgnored()) {
            boolean perl = new ProcessBuilder("sh", "-c", "command -v perl").start().onExit().join().exitValue() == 0;
            Assumptions.assumeTrue(perl, "SIGINT is ignored in this test JVM and perl is not there to restore it");
            cmd.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"", "--"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Xss4m", "-cp", classpath, "org.claimtrace.cli.Main",
                "--threads", "1", "--out", out.toString(), in.toString()));
        return cmd;
    }

    private static boolean intIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
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
