package org.claimtrace.pipeline;

/** The pipeline cannot be built as configured: a missing layer, a bad option value, an unreadable models dir. */
public class PipelineConfigException extends ClaimTraceException {
    public PipelineConfigException(String message) {
        super(message);
    }

    public PipelineConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
