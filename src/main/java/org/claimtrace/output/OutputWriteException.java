package org.claimtrace.output;

import org.claimtrace.pipeline.ClaimTraceException;

import java.io.IOException;

/**
 * An output could not be written. The message names the file and the operating system's reason; the batch
 * turns it into a {@code write-failed} result for the document instead of stopping.
 */
public class OutputWriteException extends ClaimTraceException {
    private final String reason;
    private final boolean deviceUnusable;

    public OutputWriteException(String what, IOException cause) {
        super(what + ": " + IoReasons.of(cause), cause);
        this.reason = IoReasons.of(cause);
        this.deviceUnusable = IoReasons.deviceUnusable(cause);
    }

    /** The operating system's reason, e.g. "No space left on device". */
    public String reason() {
        return reason;
    }

    /** True when the reason means that no further output will fit (a full or read-only device). */
    public boolean deviceUnusable() {
        return deviceUnusable;
    }
}
