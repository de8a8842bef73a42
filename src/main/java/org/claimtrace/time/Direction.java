package org.claimtrace.time;

/** Where a relative calendar name ("Tuesday", "March", "the third quarter") is looked for from the anchor. */
public enum Direction {
    /** The latest one on or before the anchor's day (month, quarter). */
    BACKWARD,
    /** The earliest one on or after the anchor. */
    FORWARD,
    /** Strictly before the anchor's day (month, quarter): "last Tuesday". */
    STRICTLY_BEFORE,
    /** Strictly after: "next Tuesday". */
    STRICTLY_AFTER,
    /** Whichever is closer, the earlier on a tie. */
    NEAREST;

    /**
     * The direction for a name preceded by {@code modifier} ("last", "next", "this", or null) in a sentence of
     * {@code tense}. Past and present news point back ("Apple announced Tuesday"), the future forward.
     */
    public static Direction of(String modifier, Tense tense, boolean presentIsNearest) {
        if (modifier != null) {
            switch (modifier) {
                case "last", "past", "previous" -> {
                    return STRICTLY_BEFORE;
                }
                case "next", "coming", "following" -> {
                    return STRICTLY_AFTER;
                }
                default -> {
                }
            }
        }
        return switch (tense) {
            case PAST -> BACKWARD;
            case FUTURE -> FORWARD;
            case PRESENT -> presentIsNearest ? NEAREST : BACKWARD;
        };
    }
}
