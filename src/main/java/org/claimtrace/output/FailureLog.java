package org.claimtrace.output;

import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The failures file of a run ({@value #FILE} in the output directory): one tab-separated line per failed or
 * timed-out document with its id, input path, status, problem code and reason. A run replaces the file of the
 * previous run; it is created only when a document fails.
 */
public final class FailureLog implements AutoCloseable {
    /** File name inside the output directory. */
    public static final String FILE = "failures.tsv";
    static final String HEADER = "id\tpath\tstatus\tcode\treason";

    private final Path path;
    private BufferedWriter out;

    /** Starts the failures file of a run in {@code dir}, removing the previous run's. */
    public FailureLog(Path dir) {
        this.path = dir.resolve(FILE);
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new ClaimTraceException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }

    /** Records a document if its status is failed or timeout. */
    public synchronized void record(DocumentResult r) {
        if (r.status().isSuccess()) {
            return;
        }
        String code = r.problems().isEmpty() ? "unknown" : r.problems().get(0).code().json();
        String reason = r.problems().isEmpty() ? "unknown" : r.problems().get(0).message();
        try {
            if (out == null) {
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                out.write(HEADER + "\n");
            }
            out.write(String.join("\t", clean(r.id()), clean(r.sourcePath()), r.status().json(), clean(code),
                    clean(reason)) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new ClaimTraceException("cannot write " + path + ": " + e.getMessage(), e);
        }
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
            throw new ClaimTraceException("cannot close " + path + ": " + e.getMessage(), e);
        }
    }
}
