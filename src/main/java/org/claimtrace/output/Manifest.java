package org.claimtrace.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimtrace.json.Json;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of finished outputs in an output directory ({@value #FILE}): one JSON line per
 * document, written after its output was complete, with the file it went to and the input and configuration
 * fingerprints that produced it. Each line is appended whole or not at all (a failed write is cut back), a
 * line torn by a crash is ignored when read, and a missing final newline is repaired before appending. The
 * JSON documents themselves stay as the schema describes them.
 */
public final class Manifest implements AutoCloseable {
    /** File name inside the output directory. */
    public static final String FILE = ".claimtrace-manifest.jsonl";

    /**
     * One finished document.
     *
     * @param file   output file name, relative to the output directory
     * @param input  fingerprint of the input article
     * @param config fingerprint of the configuration
     * @param status the document's status
     */
    public record Entry(String id, String file, String input, String config, String status) {
    }

    private final Path path;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final SeekableByteChannel out;

    private Manifest(Path path, boolean keep, OutputFiles files) throws IOException {
        this.path = path;
        if (keep && Files.exists(path)) {
            load();
        }
        out = files.open(path, !keep);
        if (keep && out.size() > 0 && !endsWithNewline(path)) {
            OutputFiles.appendWhole(out, new byte[]{'\n'});
        }
    }

    /**
     * Opens the manifest of a directory.
     *
     * @param keep true to read and extend the existing manifest (resume), false to start a new one
     */
    public static Manifest open(Path dir, boolean keep) {
        return open(dir, keep, OutputFiles.REAL);
    }

    /** The same through the given file operations. */
    public static Manifest open(Path dir, boolean keep, OutputFiles files) {
        try {
            return new Manifest(dir.resolve(FILE), keep, files);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot open " + dir.resolve(FILE) + ": " + IoReasons.of(e), e);
        }
    }

    private void load() throws IOException {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                try {
                    Entry e = Json.MAPPER.readValue(line, Entry.class);
                    if (e != null && e.id() != null) {
                        entries.remove(e.id());
                        entries.put(e.id(), e);
                    }
                } catch (JsonProcessingException torn) {
                    // a line cut short by a crash: that document is simply done again
                }
            }
        }
    }

    private static boolean endsWithNewline(Path p) throws IOException {
        try (var ch = Files.newByteChannel(p)) {
            ch.position(ch.size() - 1);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.read(b);
            return b.get(0) == '\n';
        }
    }

    /** The latest entry for an id from the manifest as it was opened (entries appended since are not kept), or null. */
    public synchronized Entry get(String id) {
        return entries.get(id);
    }

    /** The latest entry of every id from the manifest as it was opened, in the order they were last written. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /**
     * Appends an entry, whole or not at all.
     *
     * @throws OutputWriteException when it cannot be written (the manifest is then as it was)
     */
    public synchronized void append(Entry e) {
        try {
            OutputFiles.appendWhole(out, (Json.compact(e) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new OutputWriteException("cannot write " + path, ex);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputWriteException("cannot close " + path, e);
        }
    }
}
