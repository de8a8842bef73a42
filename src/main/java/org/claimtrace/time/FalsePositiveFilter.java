package org.claimtrace.time;

import java.util.Set;

/**
 * Drops words SUTime takes for time expressions where they are not: the noun "fall" ("a large fall in prices"),
 * the modal "may", the ordinal "a second" ("a second A380"), and the verb "present".
 */
public final class FalsePositiveFilter {
    /** Words before "fall" that make it the season: "this fall", "in the fall", "early fall". */
    private static final Set<String> SEASON_CUES = Set.of("this", "last", "next", "in", "during", "by", "until",
            "since", "through", "early", "late", "mid", "mid-", "coming", "that", "each", "every");
    private static final Set<String> FALL = Set.of("fall", "falls");

    private FalsePositiveFilter() {
    }

    /** True if {@code t} should be dropped. */
    public static boolean reject(Context c, Timex t) {
        String text = c.text(t);
        if (FALL.contains(c.lower(t.end() - 1)) && text.split(" ").length <= 2) {
            return !isSeason(c, t);
        }
        for (int i = t.first(); i < t.end(); i++) {
            if (c.word(i).text().equals("may")) {
                return true;
            }
        }
        if (text.equals("a second") || text.equals("a minute")) {
            Word next = t.end() < c.size() ? c.word(t.end()) : null;
            return next != null && next.pos() != null
                    && (next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.pos().equals("CD"));
        }
        return text.equals("present") && c.word(t.first()).isVerb();
    }

    private static boolean isSeason(Context c, Timex t) {
        int fall = t.end() - 1;
        if (c.lower(fall).equals("falls")) {
            return false;
        }
        if (c.lower(fall + 1).matches("\\d{4}|'\\d{2}")) {
            return true;
        }
        String before = c.lower(fall - 1);
        if (before.equals("the")) {
            before = c.lower(fall - 2);
            return SEASON_CUES.contains(before) && !c.lower(fall + 1).equals("in") && !c.lower(fall + 1).equals("of");
        }
        return SEASON_CUES.contains(before);
    }
}
