package org.claimtrace.time;

import java.time.LocalDate;
import java.util.List;

/**
 * The quarter a sentence reports on, for earnings-style sentences: the quarter it names ("third-quarter profit",
 * "the second quarter"), else, when it speaks of "the quarter" or "quarters" at all, the last quarter that is
 * over at the anchor (a report published in October is about the third quarter). Comparisons such as "a year
 * earlier" and "the year-ago period" in such a sentence refer to the same quarter one year before.
 */
public final class ReportingQuarter {

    /** A calendar quarter. */
    public record Quarter(int year, int quarter) {
        public Quarter yearBefore() {
            return new Quarter(year - 1, quarter);
        }

        public String value() {
            return CalendarMath.quarter(year, quarter);
        }
    }

    private ReportingQuarter() {
    }

    /**
     * The quarter the sentence reports on, else the one its document reports on ({@link Context#documentQuarter}),
     * else null (always null without an anchor).
     */
    public static Quarter of(Context c) {
        if (c.anchor() == null) {
            return null;
        }
        Quarter own = ofSentence(c);
        return own != null ? own : c.documentQuarter();
    }

    /**
     * The quarter a document reports on: the first quarter one of its sentences reports on, in order; null when
     * none does or there is no anchor.
     */
    public static Quarter ofDocument(List<List<Word>> sentences, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        Quarter mentioned = null;
        for (List<Word> s : sentences) {
            Context c = new Context(s, anchor);
            Quarter q = ofSentence(c);
            if (q != null && named(c)) {
                return q;
            }
            if (mentioned == null) {
                mentioned = q;
            }
        }
        return mentioned;
    }

    private static boolean named(Context c) {
        for (int i = 0; i < c.size(); i++) {
            String w = c.lower(i);
            if (w.endsWith("-quarter") || (w.equals("quarter") || w.equals("quarters"))
                    && Lexicon.ordinal(c.lower(i - 1).equals("fiscal") ? c.lower(i - 2) : c.lower(i - 1)) != null) {
                return true;
            }
        }
        return false;
    }

    private static Quarter ofSentence(Context c) {
        boolean mentioned = false;
        for (int i = 0; i < c.size(); i++) {
            String w = c.lower(i);
            Integer named = null;
            if (w.endsWith("-quarter")) {
                named = Lexicon.ordinal(w.substring(0, w.length() - "-quarter".length()));
                mentioned = true;
            } else if ((w.equals("quarter") || w.equals("quarters")) && !c.lower(i + 1).equals("of")
                    && !c.lower(i - 1).equals("a")) {
                mentioned = true; // not "a quarter of the shares"
                String before = c.lower(i - 1).equals("fiscal") ? c.lower(i - 2) : c.lower(i - 1);
                named = Lexicon.ordinal(before);
            }
            if (named != null && named >= 1 && named <= 4) {
                return new Quarter(CalendarMath.quarterYear(c.anchor(), named, Direction.BACKWARD), named);
            }
        }
        return mentioned ? lastCompleted(c.anchor()) : null;
    }

    /** The last quarter that is over on {@code anchor}: 2007-Q4 for any day of 2008-Q1. */
    public static Quarter lastCompleted(LocalDate anchor) {
        LocalDate d = anchor.minusMonths(3);
        return new Quarter(d.getYear(), CalendarMath.quarterOf(d));
    }
}
