package org.claimtrace.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * "The weekend" without a date is the one the sentence points to: in past and present news the last weekend
 * that has begun ("officials said over the weekend", on a Monday, is the weekend just gone), in the future the
 * next one that is not over; "last weekend" is the one before the current week, "next weekend" the one after.
 * SUTime gives the weekend of the anchor's ISO week, which on a Monday is the coming one. Values are TIMEX3
 * week-ends, "2008-W38-WE".
 */
public final class WeekendRule implements ValueRule {
    private static final Set<String> BARE = Set.of("weekend", "the weekend", "this weekend", "last weekend",
            "next weekend", "the past weekend", "the last weekend", "the coming weekend", "the next weekend",
            "this past weekend");

    @Override
    public Timex apply(Context c, Timex t) {
        String text = c.text(t);
        if (c.anchor() == null || t.type() != TimexType.DATE || !BARE.contains(text)
                || c.lower(t.end()).equals("of") || c.lower(t.end()).equals("before")
                || c.lower(t.end()).equals("after")) {
            return t;
        }
        LocalDate a = c.anchor();
        LocalDate lastBegun = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (a.getDayOfWeek() == DayOfWeek.SUNDAY) {
            lastBegun = a.minusDays(1);
        }
        LocalDate nextNotOver = a.getDayOfWeek() == DayOfWeek.SUNDAY ? a.minusDays(1)
                : a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate saturday;
        if (text.contains("last") || text.contains("past")) {
            saturday = a.getDayOfWeek() == DayOfWeek.SATURDAY || a.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? lastBegun.minusWeeks(1) : lastBegun;
        } else if (text.contains("next") || text.contains("coming")) {
            saturday = text.contains("next") && (a.getDayOfWeek() == DayOfWeek.SATURDAY
                    || a.getDayOfWeek() == DayOfWeek.SUNDAY) ? nextNotOver.plusWeeks(1) : nextNotOver;
        } else if (text.startsWith("this")) {
            saturday = nextNotOver;
        } else {
            saturday = c.tense(t) == Tense.FUTURE ? nextNotOver : lastBegun;
        }
        return t.withValue(TimexType.DATE, CalendarMath.week(saturday) + "-WE");
    }
}
