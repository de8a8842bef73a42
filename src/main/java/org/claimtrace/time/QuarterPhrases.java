package org.claimtrace.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters, halves and fiscal years, which SUTime often misses or leaves without a value: "the third quarter",
 * "the fourth quarter of 2005", "fourth-quarter", "Q3 2024", "Q3", "fiscal 2025", "fiscal year 2025", "FY2025".
 * A quarter without a year is the last one that is over in past or present sentences and the next one that
 * is not over in future ones (see {@link CalendarMath#quarterYear}).
 */
public final class QuarterPhrases {
    private static final Pattern Q = Pattern.compile("q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FY = Pattern.compile("fy'?(\\d{2}|\\d{4})");
    /** Words before a bare "Q3" that make it a quarter rather than a name ("Audi Q3"). */
    private static final Set<String> Q_CUES = Set.of("in", "the", "during", "for", "of", "since", "by", "until");
    private static final Set<String> QUALIFIERS = Set.of("fiscal", "financial", "calendar");

    private QuarterPhrases() {
    }

    /** Every quarter or fiscal-year phrase of the sentence. */
    public static List<Timex> find(Context c) {
        List<Timex> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            Timex t = at(c, i);
            if (t != null) {
                out.add(t);
                i = t.end() - 1;
            }
        }
        return out;
    }

    private static Timex at(Context c, int i) {
        String w = c.lower(i);
        Matcher fy = FY.matcher(w);
        if (fy.matches()) {
            return new Timex(i, i + 1, TimexType.DATE, "FY" + fullYear(fy.group(1)));
        }
        if (w.equals("fiscal") || w.equals("financial")) {
            int j = c.lower(i + 1).equals("year") ? i + 2 : i + 1;
            if (YEAR.matcher(c.lower(j)).matches()) {
                return new Timex(i, j + 1, TimexType.DATE, "FY" + c.lower(j));
            }
        }
        Matcher q = Q.matcher(w);
        if (q.matches() && (YEAR.matcher(c.lower(i + 1)).matches() || Q_CUES.contains(c.lower(i - 1)))) {
            return quarter(c, i, i + 1, Integer.parseInt(q.group(1)), false);
        }
        int start = w.equals("the") ? i + 1 : i;
        String ord = c.lower(start);
        int dash = ord.indexOf("-quarter");
        Integer n;
        int end;
        boolean fiscal = false;
        if (dash > 0 && ord.endsWith("-quarter")) {
            n = Lexicon.ordinal(ord.substring(0, dash));
            end = start + 1;
        } else {
            n = Lexicon.ordinal(ord);
            end = start + 1;
            if (QUALIFIERS.contains(c.lower(end))) {
                fiscal = c.lower(end).equals("fiscal");
                end++;
            }
            if (!c.lower(end).equals("quarter")) {
                return null;
            }
            end++;
        }
        if (n == null || n > 4 || ord.startsWith("final") && !c.lower(end).equals("of")) {
            return null;
        }
        return quarter(c, i, end, n, fiscal);
    }

    /** The quarter {@code n} over words [first, end), taking a following "(of) (fiscal) 2024" or "2024". */
    private static Timex quarter(Context c, int first, int end, int n, boolean fiscal) {
        int j = end;
        if (c.lower(j).equals("of") || c.lower(j).equals("in")) {
            j++;
        }
        if (c.lower(j).equals("fiscal")) {
            fiscal = true;
            j++;
        }
        String y = c.lower(j);
        if (YEAR.matcher(y).matches()) {
            return new Timex(first, j + 1, TimexType.DATE, (fiscal ? "FY" : "") + y + "-Q" + n);
        }
        Matcher fy = FY.matcher(y);
        if (fy.matches()) {
            return new Timex(first, j + 1, TimexType.DATE, "FY" + fullYear(fy.group(1)) + "-Q" + n);
        }
        Timex t = new Timex(first, end, TimexType.DATE, null);
        if (c.anchor() == null) {
            return t;
        }
        Direction d = Direction.of(null, c.tense(t), true);
        return t.withValue(TimexType.DATE, CalendarMath.quarter(CalendarMath.quarterYear(c.anchor(), n, d), n));
    }

    private static String fullYear(String digits) {
        return digits.length() == 4 ? digits : "20" + digits;
    }
}
