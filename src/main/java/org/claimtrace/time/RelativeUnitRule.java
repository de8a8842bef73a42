package org.claimtrace.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calendar units named relative to the document date: "(the) last/previous week|month|quarter|year" is the unit
 * before the one holding the document date, "this ..." that unit, "next ..." the one after (SUTime reads
 * "the last quarter" and "the previous year" as the current ones). "The past decade" is a duration ("P10Y").
 */
public final class RelativeUnitRule implements ValueRule {
    private static final Set<String> BEFORE = Set.of("last", "previous", "prior", "preceding");
    private static final Set<String> UNITS = Set.of("week", "month", "quarter", "year");

    @Override
    public Timex apply(Context c, Timex t) {
        List<String> w = new ArrayList<>(List.of(c.text(t).split(" ")));
        if (w.size() == 3 && w.get(0).equals("the")) {
            w.remove(0);
        }
        if (w.size() != 2) {
            return t;
        }
        String mod = w.get(0);
        String unit = w.get(1);
        if ((mod.equals("past") || mod.equals("last")) && (unit.equals("decade") || unit.equals("century"))) {
            return t.withValue(TimexType.DURATION, unit.equals("decade") ? "P10Y" : "P100Y");
        }
        if (c.anchor() == null || !UNITS.contains(unit)) {
            return t;
        }
        int shift;
        if (BEFORE.contains(mod)) {
            shift = -1;
        } else if (mod.equals("this")) {
            shift = 0;
        } else if (mod.equals("next")) {
            shift = 1;
        } else {
            return t;
        }
        String after = t.end() + 1 < c.size() ? c.word(t.end() + 1).text() : "";
        if (c.lower(t.end()).equals("of") && (Lexicon.month(after) != null || after.matches("\\d{4}"))) {
            return t; // "the last week of March" is a part of March, not a week before the document
        }
        return t.withValue(TimexType.DATE, shifted(c.anchor(), unit, shift));
    }

    static String shifted(LocalDate anchor, String unit, int shift) {
        return switch (unit) {
            case "week" -> CalendarMath.week(anchor.plusWeeks(shift));
            case "month" -> anchor.plusMonths(shift).toString().substring(0, 7);
            case "quarter" -> {
                LocalDate d = anchor.plusMonths(3L * shift);
                yield CalendarMath.quarter(d.getYear(), CalendarMath.quarterOf(d));
            }
            default -> CalendarMath.year(anchor.getYear() + shift);
        };
    }
}
