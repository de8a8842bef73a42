package org.claimtrace.cli;

import org.claimtrace.testing.SmallFilesystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An output directory that cannot be used is reported before any model is loaded, with the operating
 * system's reason and exit code 2. Each run is given an empty models directory: had the models been loaded
 * first, it would end with exit code 3 ("cannot start") instead.
 */
class OutputDirectoryCheckTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path out) throws IOException {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, "Text.");
        Path models = Files.createDirectories(dir.resolve("empty-models"));
        long t0 = System.nanoTime();
        int code = Main.run(new String[]{"--models", models.toString(), "--out", out.toString(), input.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "answered without loading models");
        return code;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOutputPathThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(Main.USAGE, run(file));
        assertTrue(err().contains("cannot use output directory " + file + ": Not a directory"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void anOutputPathUnderAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(Main.USAGE, run(file.resolve("sub")));
        assertTrue(err().contains("cannot create output directory " + file.resolve("sub") + ": Not a directory"), err());
    }

    @Test
    void aReadOnlyOutputDirectory() throws IOException {
        try (SmallFilesystem ro = SmallFilesystem.mount(dir.resolve("ro"), 64, true)) {
            assertEquals(Main.USAGE, run(ro.path()));
            assertTrue(err().contains("cannot write in output directory " + ro.path() + ": Read-only file system"), err());
            assertEquals(Main.USAGE, run(ro.path().resolve("new")));
            assertTrue(err().contains("cannot create output directory " + ro.path().resolve("new")
                    + ": Read-only file system"), err());
        }
    }

    @Test
    void aFullOutputDevice() throws IOException {
        try (SmallFilesystem full = SmallFilesystem.mount(dir.resolve("full"), 16)) {
            Path filler = full.path().resolve("filler");
            try {
                Files.write(filler, new byte[64 * 1024]);
            } catch (IOException expected) {
                // the file system is now full
            }
            assertEquals(Main.USAGE, run(full.path()));
            assertTrue(err().contains("cannot write in output directory " + full.path() + ": No space left on device"),
                    err());
        }
    }
}
