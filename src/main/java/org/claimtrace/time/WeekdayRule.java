package org.claimtrace.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday without a calendar date ("Tuesday", "last Friday", "Monday morning", "12:00 UTC Monday") is the
 * nearest such day in the direction the sentence points: back for past and present news, forward for the
 * future ("will meet on Tuesday", "closed until Friday"), and the document date itself when it is that day.
 */
public final class WeekdayRule implements ValueRule {
    static final Set<String> MODIFIERS = Set.of("last", "next", "this", "coming", "past", "previous", "following");
    private static final Pattern DATED = Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}|XXXX-WXX-\\d)(.*)");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?|\\d{4}");

    @Override
    public Timex apply(Context c, Timex t) {
        if (c.anchor() == null || t.type() == TimexType.SET || t.type() == TimexType.DURATION) {
            return t;
        }
        int at = -1;
        for (int i = t.first(); i < t.end(); i++) {
            String w = c.word(i).text();
            if (Lexicon.weekday(w) != null) {
                if (at >= 0) {
                    return t;
                }
                at = i;
            } else if (Lexicon.month(w) != null || DAY_NUMBER.matcher(w).matches() || Lexicon.ordinal(w) != null
                    || w.equalsIgnoreCase("every") || w.equalsIgnoreCase("each")) {
                return t;
            }
        }
        if (at < 0) {
            return t;
        }
        String suffix = "";
        if (t.value() != null) {
            Matcher m = DATED.matcher(t.value());
            if (!m.matches()) {
                return t;
            }
            suffix = m.group(1);
        }
        String modifier = MODIFIERS.contains(c.lower(at - 1)) ? c.lower(at - 1) : null;
        Direction direction = Direction.of(modifier, c.tense(t), false);
        LocalDate date = CalendarMath.weekday(c.anchor(), Lexicon.weekday(c.word(at).text()), direction);
        TimexType type = suffix.startsWith("T") ? TimexType.TIME : TimexType.DATE;
        return t.withValue(type, CalendarMath.day(date) + suffix);
    }

    /** The weekday of a one-word expression, for expressions split off a longer one. */
    static DayOfWeek single(Context c, Timex t) {
        return t.length() == 1 ? Lexicon.weekday(c.word(t.first()).text()) : null;
    }
}
