package org.claimtrace.output;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE} in an output directory: one compact JSON document per line. Each line is appended whole or
 * not at all (a write that fails, for example on a full disk, is cut back to the last complete line), and is
 * then recorded in the directory's {@link Manifest}.
 *
 * <p>A resumed run keeps the lines of documents that are current (same input and configuration, status ok,
 * partial or skipped), drops a torn last line and the lines of documents that will be done again, and appends
 * the rest. A document's later line supersedes an earlier one; when lines were dropped, the file is rewritten
 * (through a temporary file and a rename) when the sink closes, so that each id appears once.
 */
public final class JsonLinesFileSink implements OutputSink {
    /** File name inside the output directory. */
    public static final String FILE = "claimtrace.jsonl";

    /** A complete line of the file as the sink found it. */
    private record Line(long begin, long end) {
    }

    private final Path dir;
    private final Path path;
    private final String configFingerprint;
    private final boolean resume;
    private final OutputFiles files;
    private final Manifest manifest;
    private final SeekableByteChannel out;
    /** Lines kept from an earlier run, by id. */
    private final Map<String, Line> kept = new HashMap<>();
    private final long keptEnd;
    private boolean dropped;

    public JsonLinesFileSink(Path dir, String configFingerprint, boolean resume) {
        this(dir, configFingerprint, resume, OutputFiles.REAL);
    }

    /** The same through the given file operations (tests inject faults there). */
    public JsonLinesFileSink(Path dir, String configFingerprint, boolean resume, OutputFiles files) {
        this.dir = dir;
        this.path = dir.resolve(FILE);
        this.configFingerprint = configFingerprint;
        this.resume = resume;
        this.files = files;
        AtomicFiles.directory(dir);
        try {
            long end = resume && Files.exists(path) ? scan() : 0;
            this.manifest = Manifest.open(dir, resume, files);
            if (resume) {
                kept.entrySet().removeIf(e -> {
                    Manifest.Entry m = manifest.get(e.getKey());
                    boolean keep = m != null && FILE.equals(m.file()) && configFingerprint.equals(m.config())
                            && JsonDirectorySink.KEPT.contains(m.status());
                    dropped |= !keep;
                    return !keep;
                });
            }
            this.out = files.open(path, !resume);
            if (resume && out.size() > end) {
                out.truncate(end); // a torn last line
            }
            this.keptEnd = out.size();
            out.position(keptEnd);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot open " + path + ": " + IoReasons.of(e), e);
        }
    }

    /** Reads the complete lines of the file; returns the end of the last one. */
    private long scan() throws IOException {
        long pos = 0;
        long end = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String id = idOf(line.toString(StandardCharsets.UTF_8));
                if (id != null) {
                    Line previous = kept.put(id, new Line(end, pos));
                    dropped |= previous != null;
                } else {
                    dropped = true;
                }
                end = pos;
                line.reset();
            }
        }
        return end;
    }

    private static String idOf(String line) {
        try {
            return Json.MAPPER.readTree(line).path("id").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void write(DocumentResult result) {
        write(result, null);
    }

    @Override
    public synchronized void write(DocumentResult result, String inputFingerprint) {
        byte[] record = (Json.compact(result) + "\n").getBytes(StandardCharsets.UTF_8);
        long before;
        try {
            before = out.size();
            OutputFiles.appendWhole(out, record);
        } catch (IOException e) {
            throw new OutputWriteException("cannot write " + path, e);
        }
        if (inputFingerprint != null) {
            try {
                manifest.append(new Manifest.Entry(result.id(), FILE, inputFingerprint, configFingerprint,
                        result.status().json()));
            } catch (OutputWriteException e) {
                // a line is kept with its manifest entry or not at all
                try {
                    out.truncate(before);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    @Override
    public synchronized boolean hasCurrent(String id, String inputFingerprint) {
        if (!resume) {
            return false;
        }
        Manifest.Entry m = manifest.get(id);
        boolean current = kept.containsKey(id) && m != null && inputFingerprint.equals(m.input());
        if (!current && kept.remove(id) != null) {
            dropped = true; // done again: its new line replaces this one
        }
        return current;
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public synchronized void close() {
        try {
            if (dropped) {
                compact();
            }
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw new OutputWriteException("cannot close " + path, e);
            } finally {
                manifest.close();
            }
        }
    }

    /** Rewrites the file with the kept lines, in their order, and the lines of this run, through a temporary file. */
    private void compact() {
        Path tmp = path.resolveSibling(FILE + ".tmp");
        try {
            List<Line> lines = new ArrayList<>(kept.values());
            lines.sort((a, b) -> Long.compare(a.begin(), b.begin()));
            lines.add(new Line(keptEnd, out.size()));
            try (SeekableByteChannel in = Files.newByteChannel(path); SeekableByteChannel copy = files.open(tmp, true)) {
                ByteBuffer b = ByteBuffer.allocate(1 << 16);
                for (Line l : lines) {
                    in.position(l.begin());
                    long left = l.end() - l.begin();
                    while (left > 0) {
                        b.clear().limit((int) Math.min(b.capacity(), left));
                        int n = in.read(b);
                        if (n < 0) {
                            throw new IOException("the file shrank while it was rewritten");
                        }
                        left -= n;
                        b.flip();
                        while (b.hasRemaining()) {
                            copy.write(b);
                        }
                    }
                }
            }
            Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            // the superseded lines stay; the next --resume drops them
            throw new OutputWriteException("cannot rewrite " + path + " without its superseded lines", e);
        }
    }
}
