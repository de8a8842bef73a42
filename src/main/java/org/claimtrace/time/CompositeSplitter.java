package org.claimtrace.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SUTime sometimes joins two expressions into one it cannot value: "a decade on Monday" (from "lowest level in
 * over a decade on Monday"), "day yesterday", "week since November". Such an expression is split at its
 * connecting word, or before a deictic word or weekday, and each part that can be valued on its own (a
 * duration, weekday, month, year, or "yesterday") is kept.
 * Also, "Tuesday the first" followed by a noun ("announced on Tuesday the first generation of ...") is cut
 * back to the weekday.
 */
public final class CompositeSplitter {
    private static final Set<String> CONNECTORS = Set.of("on", "since", "at", "in");
    private static final Set<String> DEICTIC = Set.of("yesterday", "today", "tomorrow", "tonight");
    private static final ValueRule WEEKDAY = new WeekdayRule();
    private static final ValueRule MONTH = new MonthRule();

    private CompositeSplitter() {
    }

    public static List<Timex> split(Context c, Timex t) {
        Timex trimmed = trimOrdinal(c, t);
        if (trimmed != t) {
            return List.of(trimmed);
        }
        if (t.value() != null || t.length() < 2 || t.type() == TimexType.SET) {
            return List.of(t);
        }
        List<Timex> parts = new ArrayList<>();
        int start = t.first();
        for (int i = t.first(); i <= t.end(); i++) {
            boolean atEnd = i == t.end();
            boolean connector = !atEnd && i > t.first() && CONNECTORS.contains(c.lower(i));
            boolean opens = !atEnd && i > start && (DEICTIC.contains(c.lower(i))
                    || Lexicon.weekday(c.word(i).text()) != null);
            if (atEnd || connector || opens) {
                if (i > start) {
                    parts.add(new Timex(start, i, t.type(), null));
                }
                start = connector ? i + 1 : i;
            }
        }
        if (parts.size() < 2) {
            return List.of(t);
        }
        List<Timex> out = new ArrayList<>();
        for (Timex p : parts) {
            Timex valued = value(c, p);
            if (valued != null && valued.value() != null) {
                out.add(valued);
            }
        }
        return out;
    }

    /** The part {@code p} with a value when it can be valued on its own, else null or a part without a value. */
    static Timex value(Context c, Timex p) {
        String text = c.text(p);
        if (DEICTIC.contains(text)) {
            if (c.anchor() == null) {
                return null;
            }
            int shift = switch (text) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            return p.withValue(TimexType.DATE, CalendarMath.day(c.anchor().plusDays(shift)));
        }
        if (text.matches("\\d{4}")) {
            return p.withValue(TimexType.DATE, text);
        }
        if (p.length() == 1 && (Lexicon.weekday(c.word(p.first()).text()) != null
                || Lexicon.month(c.word(p.first()).text()) != null)) {
            Timex d = p.withValue(TimexType.DATE, null);
            Timex w = WEEKDAY.apply(c, d);
            return w.value() != null ? w : MONTH.apply(c, d);
        }
        if (p.length() == 2 && Lexicon.month(c.word(p.first()).text()) != null
                && c.lower(p.first() + 1).matches("\\d{1,2}(st|nd|rd|th)?")) {
            return MONTH.apply(c, p.withValue(TimexType.DATE, null));
        }
        String duration = Durations.value(List.of(text.split(" ")));
        return duration == null ? null : p.withValue(TimexType.DURATION, duration);
    }

    /** "Tuesday the first [noun]" → "Tuesday": a spelled-out ordinal after a weekday is not a day of the month. */
    private static Timex trimOrdinal(Context c, Timex t) {
        int last = t.end() - 1;
        if (t.length() >= 3 && c.lower(last - 1).equals("the") && Lexicon.ordinal(c.lower(last)) != null
                && Character.isLetter(c.lower(last).charAt(0)) && Lexicon.weekday(c.word(last - 2).text()) != null
                && !c.lower(t.end()).equals("of")) {
            return new Timex(t.first(), last - 1, TimexType.DATE, null);
        }
        return t;
    }
}
