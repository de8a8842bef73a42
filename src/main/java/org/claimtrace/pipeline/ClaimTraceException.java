package org.claimtrace.pipeline;

/** Root of claimtrace's exceptions. */
public class ClaimTraceException extends RuntimeException {
    public ClaimTraceException(String message) {
        super(message);
    }

    public ClaimTraceException(String message, Throwable cause) {
        super(message, cause);
    }
}
