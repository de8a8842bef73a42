package org.claimtrace.time;

import java.util.regex.Pattern;

/**
 * Ages are not time expressions: "a 6-year-old boy", "the 52-year-old", "aged 40 years old". SUTime reads them
 * as durations.
 */
public final class AgeFilter {
    private static final Pattern HYPHENATED = Pattern.compile("[\\w.]+-(year|month|week|day)s?-old");

    private AgeFilter() {
    }

    /** True if {@code t} is an age. */
    public static boolean reject(Context c, Timex t) {
        String last = c.lower(t.end() - 1);
        if (HYPHENATED.matcher(last).matches()) {
            return true;
        }
        if (last.endsWith("-old") && c.lower(t.end() - 2).matches("[\\w.]+-(year|month|week|day)s?")) {
            return true; // "6-year -old" split by the tokenizer
        }
        String unit = last;
        return Lexicon.unit(unit) != null && !unit.equals("year-old") && (c.lower(t.end()).equals("old")
                || c.lower(t.end()).equals("-old"));
    }
}
