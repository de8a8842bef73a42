package org.claimtrace.time;

import java.util.List;
import java.util.Set;

/**
 * A range of two calendar names, "from May 3 to June 12", "from March 2 to Friday", is two
 * time expressions, one for each end, as TimeML annotates it; SUTime makes it one duration ("P1096D"). Each end
 * is valued on its own ({@link CompositeSplitter#value}); when one cannot be, the range is kept as it is.
 * Ranges of two bare years ("from 2009 to 2011") and "between 2014 and 2016" are left alone: annotations read
 * them as a span of time (P2Y) as often as two points.
 */
public final class RangeSplitter {
    private static final Set<String> TO = Set.of("to", "until", "through", "till");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    private RangeSplitter() {
    }

    /** The two ends of {@code t}, or {@code t} alone. */
    public static List<Timex> split(Context c, Timex t) {
        if (t.type() != TimexType.DURATION || t.length() < 3) {
            return List.of(t);
        }
        int first = c.lower(t.first()).equals("from") ? t.first() + 1 : t.first();
        if (first == t.first()) {
            return List.of(t);
        }
        int to = -1;
        for (int i = first + 1; i < t.end() - 1; i++) {
            if (TO.contains(c.lower(i))) {
                if (to >= 0) {
                    return List.of(t);
                }
                to = i;
            }
        }
        if (to < 0) {
            return List.of(t);
        }
        Timex a = CompositeSplitter.value(c, new Timex(first, to, TimexType.DATE, null));
        Timex b = CompositeSplitter.value(c, new Timex(to + 1, t.end(), TimexType.DATE, null));
        if (a == null || b == null || a.value() == null || b.value() == null || a.type() == TimexType.DURATION
                || b.type() == TimexType.DURATION || YEAR.matcher(a.value()).matches()
                && YEAR.matcher(b.value()).matches()) {
            return List.of(t);
        }
        return List.of(a, b);
    }
}
