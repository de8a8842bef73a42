package org.claimtrace.pipeline;

/** A model or resource could not be loaded. Raised when the pipeline is built, never per document. */
public class ModelLoadException extends ClaimTraceException {
    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
