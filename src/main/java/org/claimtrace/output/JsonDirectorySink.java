package org.claimtrace.output;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One pretty-printed JSON file per document, named from its id by {@link SafeFileNames}. Each file is
 * written to a temporary file first and then renamed, so a reader never sees half a document.
 */
public final class JsonDirectorySink implements OutputSink {
    private final Path dir;

    public JsonDirectorySink(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot create output directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The file a document id is written to. */
    public Path fileFor(String id) {
        return dir.resolve(SafeFileNames.of(id) + ".json");
    }

    @Override
    public void write(DocumentResult result) {
        writeAtomically(fileFor(result.id()), Json.pretty(result));
    }

    static void writeAtomically(Path target, String content) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ClaimTraceException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        // every file is complete when write returns
    }
}
