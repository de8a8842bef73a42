package org.claimtrace.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reporting periods of earnings news, which SUTime misses: "the quarter", "the latest quarter", "the most
 * recent quarter" and "the current quarter" (the last quarter that is over, or the one holding the document
 * date); "the year-earlier quarter", "the year-ago period" and a bare "year-earlier" or "year-ago" (that quarter
 * one year before, in a sentence about a quarter; else the year before). "The latest period" counts only in a
 * sentence about a quarter. "The quarter of ..." and "a quarter" (a fraction) are not periods.
 */
public final class ReportingPhrases {
    private static final Set<String> LATEST = Set.of("latest", "last", "recent", "past", "previous");
    private static final Set<String> YEAR_BEFORE = Set.of("year-earlier", "year-ago");
    private static final Set<String> PERIODS = Set.of("quarter", "period");

    private ReportingPhrases() {
    }

    public static List<Timex> find(Context c) {
        List<Timex> out = new ArrayList<>();
        if (c.anchor() == null) {
            return out;
        }
        ReportingQuarter.Quarter reported = ReportingQuarter.of(c);
        for (int i = 0; i < c.size(); i++) {
            Timex t = yearBefore(c, i, reported);
            if (t == null) {
                t = period(c, i, reported);
            }
            if (t != null) {
                out.add(t);
                i = t.end() - 1;
            }
        }
        return out;
    }

    /** "(the) (comparable) year-earlier|year-ago (quarter|period)", or the adjective alone. */
    private static Timex yearBefore(Context c, int i, ReportingQuarter.Quarter reported) {
        int j = i;
        if (c.lower(j).equals("the")) {
            j++;
            if (c.lower(j).equals("comparable") || c.lower(j).equals("same")) {
                j++;
            }
        }
        if (!YEAR_BEFORE.contains(c.lower(j))) {
            return null;
        }
        boolean period = PERIODS.contains(c.lower(j + 1));
        int first = period ? i : j;
        int end = period ? j + 2 : j + 1;
        String value = reported != null ? reported.yearBefore().value()
                : CalendarMath.year(c.anchor().getYear() - 1);
        return new Timex(first, end, TimexType.DATE, value);
    }

    /** "the quarter", "the latest|most recent quarter", "the current quarter", "the latest period". */
    private static Timex period(Context c, int i, ReportingQuarter.Quarter reported) {
        if (!c.lower(i).equals("the")) {
            return null;
        }
        int j = i + 1;
        boolean current = false;
        if (c.lower(j).equals("most") && c.lower(j + 1).equals("recent")) {
            j += 2;
        } else if (LATEST.contains(c.lower(j))) {
            j++;
        } else if (c.lower(j).equals("current")) {
            current = true;
            j++;
        }
        String unit = c.lower(j);
        if (!PERIODS.contains(unit) || unit.equals("period") && (reported == null || j == i + 1)) {
            return null;
        }
        String next = c.lower(j + 1);
        if (next.equals("of") || next.equals("-") || next.startsWith("-")) {
            return null; // "the quarter of a century", "the quarter of its shares"
        }
        ReportingQuarter.Quarter q = current
                ? new ReportingQuarter.Quarter(c.anchor().getYear(), CalendarMath.quarterOf(c.anchor()))
                : reported != null ? reported : ReportingQuarter.lastCompleted(c.anchor());
        return new Timex(i, j + 1, TimexType.DATE, q.value());
    }
}
