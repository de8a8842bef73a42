package org.claimtrace.pipeline;

/** An input path or stream cannot be read at all (as opposed to one bad document inside it). */
public class InputException extends ClaimTraceException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
