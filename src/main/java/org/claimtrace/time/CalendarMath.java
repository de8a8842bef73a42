package org.claimtrace.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Resolves calendar names against an anchor date and writes TIMEX3 values. */
public final class CalendarMath {
    private CalendarMath() {
    }

    /** The date of {@code day} seen from {@code anchor} in {@code direction}. */
    public static LocalDate weekday(LocalDate anchor, DayOfWeek day, Direction direction) {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
        return switch (direction) {
            case BACKWARD -> before;
            case FORWARD -> after;
            case STRICTLY_BEFORE -> anchor.with(TemporalAdjusters.previous(day));
            case STRICTLY_AFTER -> anchor.with(TemporalAdjusters.next(day));
            case NEAREST -> anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay()
                    ? before : after;
        };
    }

    /** The year of {@code month} seen from {@code anchor} in {@code direction}. */
    public static YearMonth month(LocalDate anchor, Month month, Direction direction) {
        YearMonth now = YearMonth.from(anchor);
        YearMonth same = now.withMonth(month.getValue());
        YearMonth before = same.isAfter(now) ? same.minusYears(1) : same;
        YearMonth after = same.isBefore(now) ? same.plusYears(1) : same;
        return switch (direction) {
            case BACKWARD -> before;
            case FORWARD -> after;
            case STRICTLY_BEFORE -> same.isBefore(now) ? same : same.minusYears(1);
            case STRICTLY_AFTER -> same.isAfter(now) ? same : same.plusYears(1);
            case NEAREST -> monthsBetween(before, now) <= monthsBetween(now, after) ? before : after;
        };
    }

    /** The date of {@code day} (month and day, no year) seen from {@code anchor} in {@code direction}. */
    public static LocalDate monthDay(LocalDate anchor, MonthDay day, Direction direction) {
        LocalDate same = day.atYear(anchor.getYear());
        LocalDate before = same.isAfter(anchor) ? day.atYear(anchor.getYear() - 1) : same;
        LocalDate after = same.isBefore(anchor) ? day.atYear(anchor.getYear() + 1) : same;
        return switch (direction) {
            case BACKWARD, STRICTLY_BEFORE -> before;
            case FORWARD, STRICTLY_AFTER -> after;
            case NEAREST -> anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay()
                    ? before : after;
        };
    }

    /**
     * The year of quarter {@code q} seen from {@code anchor}: looking back, a quarter counts once it has begun
     * (a January report on "the fourth quarter" means last year's, an October one on "the fourth quarter" this
     * one, as fiscal quarters end early in the calendar's); "last" quarters count once they are over; looking
     * forward, the quarter that ended last still counts, since its results come out in the next one ("will
     * report third-quarter results", in October), then the ones not over; otherwise the nearest, the one of the
     * anchor's year when two are as near.
     */
    public static int quarterYear(LocalDate anchor, int q, Direction direction) {
        int current = quarterOf(anchor);
        int year = anchor.getYear();
        LocalDate reported = anchor.minusMonths(3);
        return switch (direction) {
            case BACKWARD -> q <= current ? year : year - 1;
            case STRICTLY_BEFORE -> q < current ? year : year - 1;
            case FORWARD -> q == quarterOf(reported) ? reported.getYear() : q >= current ? year : year + 1;
            case STRICTLY_AFTER -> q > current ? year : year + 1;
            case NEAREST -> Math.abs(q - current) <= 2 ? year : q < current ? year + 1 : year - 1;
        };
    }

    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** "2008-09-19" */
    public static String day(LocalDate d) {
        return d.toString();
    }

    /** "2008-09" */
    public static String month(YearMonth m) {
        return m.toString();
    }

    /** ISO week "2008-W38" (the week-based year, as TIMEX3 writes weeks). */
    public static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "2008-Q3" */
    public static String quarter(int year, int q) {
        return String.format(Locale.ROOT, "%04d-Q%d", year, q);
    }

    /** "2008" */
    public static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    private static long monthsBetween(YearMonth a, YearMonth b) {
        return (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue();
    }
}
