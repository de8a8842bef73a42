package org.claimtrace.io;

import java.nio.file.Path;

/**
 * One input to read: a file, or standard input when {@code path} is null.
 *
 * @param idBase the document id (or, for JSONL, the prefix of ids of lines without one)
 */
public record InputSource(Path path, String idBase, InputFormat format) {
    public boolean isStdin() {
        return path == null;
    }

    public String describe() {
        return path == null ? "<stdin>" : path.toString();
    }
}
