package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an entity is referred to by one mention. */
public enum MentionKind {
    /** A proper name: "Ahmed al-Sharaa", "the Kremlin". */
    NAME,
    /** A personal or possessive pronoun linked by coreference: "He", "his". */
    PRONOUN,
    /** A time expression: "October 15, 2025", "last week". */
    TIMEX;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
