package org.claimtrace.output;

import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The failures file of a run ({@value #FILE} in the output directory): one tab-separated line per failed or
 * timed-out document with its id, input path, status, problem code and reason. A run replaces the file of the
 * previous run; it is created only when a document fails.
 *
 * <p>Writing it never stops the batch: each line is appended whole or not at all, and a line that cannot be
 * written (the output device is full, which may be why the document failed) is counted in {@link #lost()}
 * with the reason in {@link #lostReason()}, for the run to report.
 */
public final class FailureLog implements AutoCloseable {
    /** File name inside the output directory. */
    public static final String FILE = "failures.tsv";
    static final String HEADER = "id\tpath\tstatus\tcode\treason";

    private final Path path;
    private final OutputFiles files;
    private SeekableByteChannel out;
    private boolean headerWritten;
    private int lost;
    private String lostReason;

    /** Starts the failures file of a run in {@code dir}, removing the previous run's. */
    public FailureLog(Path dir) {
        this(dir, OutputFiles.REAL);
    }

    /** The same through the given file operations (tests inject faults there). */
    public FailureLog(Path dir, OutputFiles files) {
        this.path = dir.resolve(FILE);
        this.files = files;
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot remove " + path + ": " + IoReasons.of(e), e);
        }
    }

    /** Records a document if its status is failed or timeout; returns false when its line could not be written. */
    public synchronized boolean record(DocumentResult r) {
        if (r.status().isSuccess()) {
            return true;
        }
        String code = r.problems().isEmpty() ? "unknown" : r.problems().get(0).code().json();
        String reason = r.problems().isEmpty() ? "unknown" : r.problems().get(0).message();
        String line = String.join("\t", clean(r.id()), clean(r.sourcePath()), r.status().json(), clean(code),
                clean(reason)) + "\n";
        try {
            if (out == null) {
                out = files.open(path, true);
            }
            OutputFiles.appendWhole(out, ((headerWritten ? "" : HEADER + "\n") + line).getBytes(StandardCharsets.UTF_8));
            headerWritten = true;
            return true;
        } catch (IOException e) {
            lost++;
            lostReason = lostReason == null ? IoReasons.of(e) : lostReason;
            return false;
        }
    }

    /** Lines that could not be written. */
    public synchronized int lost() {
        return lost;
    }

    /** Why the first lost line could not be written, or null. */
    public synchronized String lostReason() {
        return lostReason;
    }

    /** The file's path. */
    public Path path() {
        return path;
    }

    /** Tabs, line breaks and other control characters become spaces; null becomes empty. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return sb.toString();
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            lost++;
            lostReason = lostReason == null ? IoReasons.of(e) : lostReason;
        }
    }
}
