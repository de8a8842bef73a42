package org.claimtrace.time;

import java.util.List;
import java.util.Set;

/** Reads an amount of time written out in words: "two years", "six straight days", "two and a half years". */
public final class Durations {
    /** Words allowed between the amount and the unit: "five trading days", "two consecutive quarters". */
    static final Set<String> UNIT_ADJECTIVES = Set.of("consecutive", "straight", "successive", "running", "full",
            "more", "trading", "business", "working", "calendar", "fiscal", "financial", "whole", "entire", "long");

    private Durations() {
    }

    /**
     * The TIMEX3 duration of {@code words} (lower case), or null: an optional amount, optional unit adjectives and
     * a unit, and nothing else. "years" alone is "PXY"; "a year" and "year" are "P1Y".
     */
    public static String value(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        Lexicon.Unit unit = Lexicon.unit(words.get(words.size() - 1));
        if (unit == null) {
            return null;
        }
        int end = words.size() - 1;
        while (end > 0 && UNIT_ADJECTIVES.contains(words.get(end - 1))) {
            end--;
        }
        Double amount = amount(words.subList(0, end));
        boolean plural = words.get(words.size() - 1).endsWith("s") && amount == null;
        if (amount == null && end > 0) {
            return null;
        }
        if (plural) {
            return unit.duration("X");
        }
        double n = (amount == null ? 1 : amount) * unit.times();
        return unit.duration(Lexicon.amount(n));
    }

    /** "three" → 3, "2" → 2, "two and a half" → 2.5, "a" → 1; null if the words are not exactly an amount. */
    static Double amount(List<String> words) {
        if (words.size() == 1) {
            return Lexicon.number(words.get(0));
        }
        if (words.size() == 4 && words.get(1).equals("and") && words.get(2).equals("a")
                && words.get(3).equals("half")) {
            Double whole = Lexicon.number(words.get(0));
            return whole == null ? null : whole + 0.5;
        }
        return null;
    }
}
