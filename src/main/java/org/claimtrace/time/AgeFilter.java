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
        if (last.equals("old") && t.length() >= 2 && Lexicon.unit(c.lower(t.end() - 2)) != null) {
            return true; // "52 years old", when SUTime takes "old" in
        }
        return Lexicon.unit(last) != null && (c.lower(t.end()).equals("old") || c.lower(t.end()).equals("-old"));
    }
}
