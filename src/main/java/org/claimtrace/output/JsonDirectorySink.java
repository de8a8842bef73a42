package org.claimtrace.output;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;

import java.nio.file.Path;

/**
 * One pretty-printed JSON file per document, named from its id by {@link SafeFileNames}. Each file is
 * written to a temporary file first and then renamed, so a reader never sees half a document.
 */
public final class JsonDirectorySink implements OutputSink {
    private final Path dir;

    public JsonDirectorySink(Path dir) {
        this.dir = dir;
        AtomicFiles.directory(dir);
    }

    /** The file a document id is written to. */
    public Path fileFor(String id) {
        return dir.resolve(SafeFileNames.of(id) + ".json");
    }

    @Override
    public void write(DocumentResult result) {
        AtomicFiles.write(fileFor(result.id()), Json.pretty(result));
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
