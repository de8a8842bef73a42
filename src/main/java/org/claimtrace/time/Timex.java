package org.claimtrace.time;

import java.util.List;

/**
 * A time expression over the words {@code [first, end)} of one sentence.
 *
 * @param value TIMEX3 value, or null when unknown
 */
public record Timex(int first, int end, TimexType type, String value) {

    public Timex {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("bad word range " + first + ".." + end);
        }
    }

    public Timex withValue(TimexType newType, String newValue) {
        return new Timex(first, end, newType, newValue);
    }

    public int length() {
        return end - first;
    }

    public boolean overlaps(Timex other) {
        return first < other.end && other.first < end;
    }

    /** The lower-cased words of this expression joined by single spaces. */
    public String text(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) {
                sb.append(' ');
            }
            sb.append(words.get(i).lower());
        }
        return sb.toString();
    }
}
