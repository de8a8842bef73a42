package org.claimtrace.time;

import java.util.Set;

/**
 * Unit abbreviations written in capitals are names, not times: "the SEC" is the Securities and Exchange
 * Commission, not a second; "MIN" and "HR" likewise.
 */
public final class AcronymFilter {
    private static final Set<String> ACRONYMS = Set.of("SEC", "MIN", "HR", "HRS", "MINS", "SECS");

    private AcronymFilter() {
    }

    /** True if the last word of {@code t} is such an acronym. */
    public static boolean reject(Context c, Timex t) {
        return ACRONYMS.contains(c.word(t.end() - 1).text());
    }
}
