package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the document date came from, in order of precedence. */
public enum DateSource {
    /** The input's own metadata: a JSONL {@code date} field or an HTML meta tag. */
    METADATA,
    /** The {@code --date} option or {@code Config.defaultDate}. */
    OPTION,
    /** Detected in the dateline or the first lines of the text. */
    TEXT,
    /** No date known: relative dates stay unanchored. */
    NONE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
