package org.claimtrace.model;

/**
 * Problem codes of the output, batch-stop and input-date checks, gathered in one place so that they can join
 * the project's list of problem codes. Each is stable: scripts may match on it.
 */
public final class ReliabilityCodes {
    /** Stage name of problems raised while writing a document's output. */
    public static final String OUTPUT_STAGE = "output";
    /**
     * The document was processed but its output could not be written (a full disk, a read-only or vanished
     * output directory); the message names the file and the operating system's reason.
     */
    public static final String WRITE_FAILED = "write-failed";
    /**
     * A date in the input's metadata (a JSONL {@code date}, an HTML date meta tag) is not a date: unparseable
     * ("not-a-date") or impossible ("2025-02-30"). The document date falls back to the next source.
     */
    public static final String BAD_DATE = "bad-date";

    private ReliabilityCodes() {
    }
}
