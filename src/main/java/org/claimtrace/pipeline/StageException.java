package org.claimtrace.pipeline;

import org.claimtrace.model.ProblemCode;

/** A stage could not process one document. Only that document is affected. */
public class StageException extends ClaimTraceException {
    private final ProblemCode code;

    public StageException(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    public StageException(ProblemCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The code of the document's problem. */
    public ProblemCode code() {
        return code;
    }
}
