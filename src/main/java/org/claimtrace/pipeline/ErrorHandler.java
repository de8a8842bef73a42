package org.claimtrace.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told about every per-document failure. The pipeline has already recorded the problem in the
 * document's output; a handler adds side effects such as logging, counting, or failing fast by rethrowing.
 */
@FunctionalInterface
public interface ErrorHandler {

    void onError(String documentId, String stage, Throwable error);

    /** Logs one warning line per failure and carries on. */
    ErrorHandler LOG = new ErrorHandler() {
        private final Logger log = LoggerFactory.getLogger(ErrorHandler.class);

        @Override
        public void onError(String documentId, String stage, Throwable error) {
            log.warn("document {}: stage {} failed: {}", documentId, stage, error.toString());
            log.debug("stack trace", error);
        }
    };

    /** Stops at the first failure by rethrowing it; for tests and debugging. */
    ErrorHandler FAIL_FAST = (documentId, stage, error) -> {
        throw new ClaimTraceException("document " + documentId + ": stage " + stage + " failed", error);
    };
}
