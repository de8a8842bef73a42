package org.claimtrace.pipeline;

/** A stage could not process one document. Only that document is affected. */
public class StageException extends ClaimTraceException {
    private final String code;

    public StageException(String code, String message) {
        super(message);
        this.code = code;
    }

    public StageException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Short stable code for the problem list, e.g. "sentence-too-long". */
    public String code() {
        return code;
    }
}
