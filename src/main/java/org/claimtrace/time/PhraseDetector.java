package org.claimtrace.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time expressions SUTime misses or cuts short, found on the words of a sentence: quarters and fiscal years
 * ({@link QuarterPhrases}); windows of time ("the past five trading days" → P5D, "the next six months" → P6M);
 * runs ("six straight days" → P6D, "two consecutive quarters" → P2Q); halves ("two and a half years" → P2.5Y); and military clock times with a zone
 * ("0800 UTC" → T08:00Z on the document date); and frequencies ("twice a year" → the set P1Y).
 */
public final class PhraseDetector {
    private static final Set<String> WINDOW = Set.of("past", "last", "next", "previous", "coming", "first",
            "following", "preceding", "final");
    private static final Set<String> RUN = Set.of("consecutive", "straight", "successive", "running");
    private static final Set<String> PER = Set.of("a", "an", "per", "each", "every");
    private static final Set<String> UTC = Set.of("utc", "gmt", "z");
    private static final Pattern HHMM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");

    private PhraseDetector() {
    }

    public static List<Timex> find(Context c) {
        List<Timex> out = new ArrayList<>(QuarterPhrases.find(c));
        for (Timex r : ReportingPhrases.find(c)) {
            if (out.stream().noneMatch(r::overlaps)) {
                out.add(r);
            }
        }
        for (int i = 0; i < c.size(); i++) {
            Timex t = window(c, i);
            if (t == null) {
                t = run(c, i);
            }
            if (t == null) {
                t = andAHalf(c, i);
            }
            if (t == null) {
                t = clock(c, i);
            }
            if (t == null) {
                t = frequency(c, i);
            }
            if (t != null && out.stream().noneMatch(t::overlaps)) {
                out.add(t);
                i = t.end() - 1;
            }
        }
        return out;
    }

    /** "(the) past|next N [adjectives] units" with a real number: "the past five trading days". */
    private static Timex window(Context c, int i) {
        int j = c.lower(i).equals("the") ? i + 1 : i;
        if (!WINDOW.contains(c.lower(j)) || Lexicon.number(c.lower(j + 1)) == null
                || c.lower(j + 1).equals("a") || c.lower(j + 1).equals("an")) {
            return null;
        }
        Timex t = durationFrom(c, i, j + 1);
        return t == null || c.lower(t.end()).equals("of") ? null : t; // "the final three months of 2024" is a date
    }

    /** "N consecutive|straight units": "six straight days". */
    private static Timex run(Context c, int i) {
        Double n = Lexicon.number(c.lower(i));
        if (n == null || c.lower(i).equals("a") || c.lower(i).equals("an") || !RUN.contains(c.lower(i + 1))) {
            return null;
        }
        return durationFrom(c, i, i);
    }

    /** "two and a half years": SUTime keeps only "years". */
    private static Timex andAHalf(Context c, int i) {
        if (Lexicon.number(c.lower(i)) == null || c.lower(i).equals("a") || !c.lower(i + 1).equals("and")
                || !c.lower(i + 2).equals("a") || !c.lower(i + 3).equals("half")) {
            return null;
        }
        Lexicon.Unit unit = Lexicon.unit(c.lower(i + 4));
        if (unit == null) {
            return null;
        }
        String v = Durations.value(List.of(c.lower(i), "and", "a", "half", c.lower(i + 4)));
        return v == null ? null : new Timex(i, i + 5, TimexType.DURATION, v);
    }

    /** A duration whose amount starts at word {@code amount}, the expression itself at {@code first}. */
    private static Timex durationFrom(Context c, int first, int amount) {
        int end = amount + 1;
        while (end < c.size() && Durations.UNIT_ADJECTIVES.contains(c.lower(end))) {
            end++;
        }
        if (end >= c.size() || Lexicon.unit(c.lower(end)) == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int k = amount; k <= end; k++) {
            words.add(c.lower(k));
        }
        String v = Durations.value(words);
        return v == null ? null : new Timex(first, end + 1, TimexType.DURATION, v);
    }

    /** "twice a year", "three times per week", "once a month": a set with the unit as its period. */
    private static Timex frequency(Context c, int i) {
        String w = c.lower(i);
        int j = w.equals("once") || w.equals("twice") ? i + 1
                : Lexicon.number(w) != null && c.lower(i + 1).equals("times") ? i + 2 : -1;
        if (j < 0 || !PER.contains(c.lower(j)) || c.lower(j + 1).endsWith("s")) {
            return null;
        }
        Lexicon.Unit unit = Lexicon.unit(c.lower(j + 1));
        return unit == null ? null : new Timex(i, j + 2, TimexType.SET, unit.duration(Lexicon.amount(unit.times())));
    }

    /** "0800 UTC": four digits for hours and minutes followed by a zone. */
    private static Timex clock(Context c, int i) {
        var m = HHMM.matcher(c.lower(i));
        if (!m.matches() || !UTC.contains(c.lower(i + 1))) {
            return null;
        }
        String day = c.anchor() == null ? "XXXX-XX-XX" : CalendarMath.day(c.anchor());
        return new Timex(i, i + 2, TimexType.TIME, day + "T" + m.group(1) + ":" + m.group(2) + "Z");
    }
}
