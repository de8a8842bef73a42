package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Outcome of processing one document, in the spirit of Apache Tika's per-document status. */
public enum Status {
    /** Every stage ran. */
    OK,
    /** Some stage gave up on part of the document; the rest of the output is usable. */
    PARTIAL,
    /** Deliberately not analysed: empty or not English. */
    SKIPPED,
    /** The document went over its time budget. */
    TIMEOUT,
    /** Nothing usable: unreadable input or a stage failure. */
    FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when a batch should count the document as a success for the exit code. */
    public boolean isSuccess() {
        return this == OK || this == SKIPPED || this == PARTIAL;
    }
}
