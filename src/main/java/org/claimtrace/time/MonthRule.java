package org.claimtrace.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month without a year ("January", "last September", "November 11") gets its year from the direction of the
 * sentence: "plans announced in January" (in August) is this January, "will arrive on November 11" the next
 * one. Present tense with no cue keeps the nearest, as SUTime does.
 */
public final class MonthRule implements ValueRule {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("'?\\d{2}|\\d{4}|\\d{4}s");
    /** Words that make the month part of a longer phrase: "October of next year", "the last week of March". */
    private static final Set<String> OTHER_UNITS = Set.of("year", "years", "week", "weeks", "weekend", "ago",
            "later", "earlier", "after", "before", "since");
    private static final Pattern VALUE = Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?(.*)");

    @Override
    public Timex apply(Context c, Timex t) {
        if (c.anchor() == null || t.type() == TimexType.SET || t.type() == TimexType.DURATION) {
            return t;
        }
        int at = -1;
        Integer day = null;
        for (int i = t.first(); i < t.end(); i++) {
            String w = c.word(i).text();
            Matcher d = DAY.matcher(w);
            if (Lexicon.month(w) != null) {
                if (at >= 0) {
                    return t;
                }
                at = i;
            } else if (d.matches()) {
                if (day != null) {
                    return t;
                }
                day = Integer.parseInt(d.group(1));
            } else if (YEAR.matcher(w).matches() || OTHER_UNITS.contains(c.lower(i))) {
                return t;
            }
        }
        if (at < 0) {
            return t;
        }
        Month month = Lexicon.month(c.word(at).text());
        String rest = "";
        if (t.value() != null) {
            Matcher m = VALUE.matcher(t.value());
            if (!m.matches() || Integer.parseInt(m.group(1)) != month.getValue()
                    || (day != null) != (m.group(2) != null)) {
                return t;
            }
            rest = m.group(3);
        }
        String modifier = WeekdayRule.MODIFIERS.contains(c.lower(at - 1)) ? c.lower(at - 1) : null;
        Direction direction = Direction.of(modifier, c.tense(t), true);
        if (day != null) {
            if (day < 1 || day > month.maxLength()) {
                return t;
            }
            LocalDate date = CalendarMath.monthDay(c.anchor(), MonthDay.of(month, day),
                    modifier == null ? nearSide(c.anchor(), MonthDay.of(month, day), direction) : direction);
            return t.withValue(rest.startsWith("T") ? TimexType.TIME : TimexType.DATE, CalendarMath.day(date) + rest);
        }
        YearMonth ym = CalendarMath.month(c.anchor(), month, direction);
        return t.withValue(TimexType.DATE, CalendarMath.month(ym) + rest);
    }

    /**
     * A day and month within {@value #NEAR_DAYS} days of the anchor on one side, and farther than half a year on
     * the side the tense points to, is the near one: "payable Dec. 7" in a late-October report on a dividend
     * "declared" is this December, "the Aug. 7 blasts" in a mid-August story that "would" help is this August.
     * News rarely names a day without its year that is most of a year away.
     */
    static Direction nearSide(LocalDate anchor, MonthDay day, Direction byTense) {
        LocalDate before = CalendarMath.monthDay(anchor, day, Direction.BACKWARD);
        LocalDate after = CalendarMath.monthDay(anchor, day, Direction.FORWARD);
        long back = anchor.toEpochDay() - before.toEpochDay();
        long ahead = after.toEpochDay() - anchor.toEpochDay();
        boolean tenseBack = byTense == Direction.BACKWARD || byTense == Direction.STRICTLY_BEFORE;
        boolean tenseAhead = byTense == Direction.FORWARD || byTense == Direction.STRICTLY_AFTER;
        if (tenseBack && back > FAR_DAYS && ahead <= NEAR_DAYS) {
            return Direction.FORWARD;
        }
        if (tenseAhead && ahead > FAR_DAYS && back <= NEAR_DAYS) {
            return Direction.BACKWARD;
        }
        return byTense;
    }

    static final int NEAR_DAYS = 62;
    static final int FAR_DAYS = 183;
}
