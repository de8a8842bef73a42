package org.claimtrace.model;

/** Closed set of entity types in the output contract. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION,
    /** TIMEX3 types: values are ISO-8601 / TIMEX3 strings. */
    DATE, TIME, DURATION, SET;

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DURATION || this == SET;
    }

    /** Parses a TIMEX3 type name (DATE, TIME, DURATION, SET); null when unknown. */
    public static EntityType ofTimex(String timexType) {
        if (timexType == null) {
            return null;
        }
        return switch (timexType.toUpperCase(java.util.Locale.ROOT)) {
            case "DATE" -> DATE;
            case "TIME" -> TIME;
            case "DURATION" -> DURATION;
            case "SET" -> SET;
            default -> null;
        };
    }
}
