package org.claimtrace.tools.eval;

import java.util.Objects;

/**
 * A typed span of a document's text, used both for gold annotations and for predictions.
 *
 * @param begin first Unicode code point of the span (inclusive)
 * @param end   code point after the span (exclusive)
 * @param type  entity type (PERSON, LOCATION, ORGANIZATION) or TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value normalized TIMEX3 value for time expressions; {@code null} for named entities
 */
public record LabeledSpan(int begin, int end, String type, String value) {

    public LabeledSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        Objects.requireNonNull(type, "type");
    }

    /** A named-entity span (no value). */
    public static LabeledSpan entity(int begin, int end, String type) {
        return new LabeledSpan(begin, end, type, null);
    }

    /** True if the two spans share at least one code point. */
    public boolean overlaps(LabeledSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** True if the two spans have identical offsets (type and value are ignored). */
    public boolean sameExtent(LabeledSpan other) {
        return begin == other.begin && end == other.end;
    }

    /** Number of code points shared with {@code other} (0 if disjoint). */
    public int overlapLength(LabeledSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }
}
