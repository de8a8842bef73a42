package org.claimtrace.tools.eval;

/**
 * The classes of time-expression errors that {@link TimexErrors} counts, in the order they are tested: an error
 * belongs to the first class that fits it.
 */
public enum TimexErrorClass {
    /** A gold expression that no prediction overlaps. */
    MISSED("missed (no overlapping prediction)"),
    /** A prediction that overlaps no gold expression. */
    SPURIOUS("spurious (no overlapping gold)"),
    /** Gold or prediction is a SET ("every week", "weekly"). */
    SETS("sets"),
    /** Gold or prediction is a duration (P...). */
    DURATIONS("durations"),
    /** Gold or prediction is PAST_REF, PRESENT_REF or FUTURE_REF ("now", "recently", "the future"). */
    REFERENCE("past/present/future reference"),
    /** Quarters, halves, fiscal years, seasons (Q, H, FY, SP/SU/FA/WI in the value, or the words). */
    FISCAL_SEASONAL("fiscal and seasonal terms"),
    /** Gold or prediction holds a time of day (T in the value). */
    TIME_OF_DAY("times of day"),
    /** The expression says this, last, next, past, previous, coming, ... */
    THIS_LAST_NEXT("this/last/next"),
    /** The values have the same shape but the spans differ. */
    SPANS("spans (overlapping, not identical)"),
    /** The values have different granularity (a year for a day, a month for a week, ...). */
    GRANULARITY("granularity"),
    /** Same granularity, another point in time: the anchor or the direction is wrong. */
    ANCHORING("anchoring (direction, year)"),
    /** Anything else (an unparsed value, ...). */
    OTHER("other");

    private final String label;

    TimexErrorClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
