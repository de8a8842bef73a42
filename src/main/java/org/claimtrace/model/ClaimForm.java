package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the content is reported. */
public enum ClaimForm {
    /** Entirely inside quotation marks. */
    DIRECT,
    /** Paraphrased. */
    INDIRECT,
    /** A paraphrase containing quoted words. */
    MIXED,
    /** A modal statement in the article's own voice, with no attributed source. */
    AUTHORIAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
