package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The stable machine-readable codes of {@link Problem}s. The JSON Schema lists the same values, in this order, for
 * {@code problems[].code} (a test keeps the two equal). To add a code: add a constant here, named as its JSON value
 * in upper case with underscores ({@code write-failed} is {@code WRITE_FAILED}), and the value to the schema's enum.
 */
public enum ProblemCode {
    // the input could not be read
    /** The input could not be read from disk or the stream. */
    IO_ERROR,
    /** The bytes are not valid UTF-8. */
    INVALID_UTF8,
    /** A JSONL line is not valid JSON, or not a JSON object. */
    INVALID_JSON,
    /** A JSONL line has neither {@code text} nor {@code html}. */
    NO_TEXT,
    /** The document is larger than {@code --max-bytes}. */
    TOO_LARGE,
    /** The article could not be prepared for the pipeline (its date could not be resolved, ...). */
    UNREADABLE,

    // the document is skipped
    /** The document has no letters to analyse. */
    EMPTY,
    /** The document is not in English. */
    NOT_ENGLISH,

    // a stage gave up
    /** A sentence is longer than the parse budget ({@code --max-parse-tokens}); its claims are not extracted. */
    SENTENCE_TOO_LONG,
    /** A stage failed with an unexpected exception. */
    STAGE_ERROR,
    /** Later stages were skipped because a non-essential stage failed. */
    STAGE_SKIPPED,
    /** The heap ran out while this document was processed. */
    OUT_OF_MEMORY,
    /** The stack ran out while this document was processed. */
    STACK_OVERFLOW,
    /** A failure outside the stages. */
    INTERNAL_ERROR,
    /** The document took longer than {@code --timeout-seconds} and was abandoned. */
    TIME_BUDGET,

    // the input's metadata, and the output
    /**
     * A date in the input's metadata (a JSONL {@code date}, an HTML date meta tag) is not a date: unparseable
     * ("not-a-date") or impossible ("2025-02-30"). The document date falls back to the next source.
     */
    BAD_DATE,
    /**
     * The document was processed but its output could not be written (a full disk, a read-only or vanished
     * output directory); the message names the file and the operating system's reason.
     */
    WRITE_FAILED;

    /** Stage name of problems raised while writing a document's output. */
    public static final String OUTPUT_STAGE = "output";

    /** The code as written in JSON: "not-english". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code of a JSON value. */
    @JsonCreator
    public static ProblemCode of(String json) {
        for (ProblemCode c : values()) {
            if (c.json().equals(json)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown problem code '" + json + "'");
    }

    /** The JSON value, so that the code reads the same in messages, CSV cells and the HTML view. */
    @Override
    public String toString() {
        return json();
    }
}
