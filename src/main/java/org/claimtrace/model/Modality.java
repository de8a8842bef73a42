package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The modality of a claim's content. */
public enum Modality {
    NONE, FUTURE, OBLIGATION, POSSIBILITY, ABILITY, DESIRE, CONDITIONAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
