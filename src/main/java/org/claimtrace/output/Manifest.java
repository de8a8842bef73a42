package org.claimtrace.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimtrace.json.Json;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The append-only record of finished outputs in an output directory ({@value #FILE}): one JSON line per
 * document, written after its output file was renamed into place, with the input and configuration
 * fingerprints that produced it. A line torn by a crash is ignored when read, and a missing final newline is
 * repaired before appending. The JSON documents themselves stay as the schema describes them.
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
    private final Map<String, Entry> entries = new HashMap<>();
    private final OutputStream out;

    private Manifest(Path path, boolean keep) throws IOException {
        this.path = path;
        if (keep && Files.exists(path)) {
            load();
        }
        boolean torn = keep && Files.exists(path) && Files.size(path) > 0 && !endsWithNewline(path);
        out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                keep ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        if (torn) {
            out.write('\n');
        }
    }

    /**
     * Opens the manifest of a directory.
     *
     * @param keep true to read and extend the existing manifest (resume), false to start a new one
     */
    public static Manifest open(Path dir, boolean keep) {
        try {
            return new Manifest(dir.resolve(FILE), keep);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot open " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private void load() throws IOException {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                try {
                    Entry e = Json.MAPPER.readValue(line, Entry.class);
                    if (e != null && e.id() != null) {
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

    /** Appends an entry and flushes it to the operating system. */
    public synchronized void append(Entry e) {
        try {
            out.write((Json.compact(e) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException ex) {
            throw new ClaimTraceException("cannot write " + path + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new ClaimTraceException("cannot close " + path + ": " + e.getMessage(), e);
        }
    }
}
