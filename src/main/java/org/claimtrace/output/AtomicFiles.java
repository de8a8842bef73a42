package org.claimtrace.output;

import org.claimtrace.pipeline.ClaimTraceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a whole file through a temporary sibling and a rename, so a reader never sees half of it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code target}, replacing it; on failure no temporary file remains. */
    public static void write(Path target, String content) {
        write(OutputFiles.REAL, target, content);
    }

    /** The same through the given file operations. */
    public static void write(OutputFiles files, Path target, String content) {
        try {
            files.writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OutputWriteException("cannot write " + target, e);
        }
    }

    /** Creates a directory and its parents, or fails with a message naming it and the reason. */
    public static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot create output directory " + dir + ": " + IoReasons.of(e), e);
        }
    }
}
