package org.claimtrace.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;

/** Calendar words: weekdays, months, numbers, ordinals and duration units. */
final class Lexicon {
    private Lexicon() {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("hundred", 100));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4),
            Map.entry("final", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));

    /** Duration units as (TIMEX3 letter, multiplier): "decade" is ten years, "fortnight" two weeks. */
    record Unit(String letter, int times, boolean timeOfDay) {
        String duration(String amount) {
            return (timeOfDay ? "PT" : "P") + amount + letter;
        }
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("second", new Unit("S", 1, true)), Map.entry("minute", new Unit("M", 1, true)),
            Map.entry("hour", new Unit("H", 1, true)), Map.entry("day", new Unit("D", 1, false)),
            Map.entry("night", new Unit("D", 1, false)), Map.entry("week", new Unit("W", 1, false)),
            Map.entry("fortnight", new Unit("W", 2, false)), Map.entry("month", new Unit("M", 1, false)),
            Map.entry("quarter", new Unit("Q", 1, false)), Map.entry("year", new Unit("Y", 1, false)),
            Map.entry("decade", new Unit("Y", 10, false)), Map.entry("century", new Unit("Y", 100, false)));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    /**
     * The weekday named by {@code word} ("Tuesday", "Tue."), or null. Only capitalized words count, so that
     * "sat" or "wed" as verbs are not read as days.
     */
    static DayOfWeek weekday(String word) {
        if (!capitalized(word)) {
            return null;
        }
        String w = strip(word);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return WEEKDAYS.get(w);
    }

    /**
     * The month named by {@code word} ("September", "Sept."), or null. Only capitalized words count, so that
     * the modal "may" and the verb "march" are not read as months.
     */
    static Month month(String word) {
        if (!capitalized(word)) {
            return null;
        }
        String w = strip(word);
        for (Month m : Month.values()) {
            if (w.equals(m.name().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return MONTHS.get(w);
    }

    private static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Cardinal written as digits ("3", "2.5") or a word ("three", "a"); null if none. */
    static Double number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(w);
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return n.doubleValue();
        }
        int dash = w.indexOf('-'); // "twenty-five"
        if (dash > 0) {
            Integer tens = NUMBERS.get(w.substring(0, dash));
            Integer ones = NUMBERS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && ones < 10) {
                return (double) (tens + ones);
            }
        }
        return null;
    }

    /** 1-10 for "first".."tenth" (and "final" as 4, for quarters); null otherwise. */
    static Integer ordinal(String word) {
        return ORDINALS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The unit named by a singular or plural word ("years", "decade"), or null. */
    static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Unit u = UNITS.get(w);
        if (u == null && w.endsWith("ies")) {
            u = UNITS.get(w.substring(0, w.length() - 3) + "y");
        }
        if (u == null && w.endsWith("s")) {
            u = UNITS.get(w.substring(0, w.length() - 1));
        }
        return u;
    }

    /** The amount as TIMEX3 writes it: "3", "2.5". */
    static String amount(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }

    private static String strip(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
