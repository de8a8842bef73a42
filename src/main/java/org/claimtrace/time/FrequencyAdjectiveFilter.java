package org.claimtrace.time;

import java.util.Set;

/**
 * "Quarterly" and "semiannual" before a noun classify the noun ("a quarterly dividend", "quarterly earnings",
 * "the semiannual report"); they are not a set of times. A set is kept when the word stands on its own ("paid
 * quarterly") or is a time phrase's part ("every quarter"). "Annual" is left to SUTime: annotation practice
 * differs on it ("annual growth of 5%" is a duration in some corpora).
 */
public final class FrequencyAdjectiveFilter {
    private static final Set<String> ADJECTIVES = Set.of("quarterly", "semiannual", "semi-annual", "biannual");

    private FrequencyAdjectiveFilter() {
    }

    /** True if {@code t} is one such adjective before a noun (or a number or another adjective). */
    public static boolean reject(Context c, Timex t) {
        if (t.length() != 1 || !ADJECTIVES.contains(c.lower(t.first())) || t.end() >= c.size()) {
            return false;
        }
        String next = c.word(t.end()).pos();
        return next != null && (next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD"));
    }
}
