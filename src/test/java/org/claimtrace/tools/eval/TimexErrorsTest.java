package org.claimtrace.tools.eval;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexErrorsTest {

    private static TimexErrorClass classOf(String goldText, String goldType, String goldValue,
                                           String predText, String predType, String predValue) {
        LabeledSpan g = new LabeledSpan(0, goldText.length(), goldType, goldValue);
        LabeledSpan p = new LabeledSpan(0, predText.length(), predType, predValue);
        return TimexErrors.classify(g, goldText, p, predText);
    }

    @Test
    void classesFollowTheValues() {
        assertEquals(TimexErrorClass.SETS, classOf("weekly", "SET", "P1W", "weekly", "DURATION", "P1W"));
        assertEquals(TimexErrorClass.DURATIONS, classOf("the year", "DURATION", "P1Y", "the year", "DATE", "2003"));
        assertEquals(TimexErrorClass.REFERENCE, classOf("lately", "DATE", "PAST_REF", "lately", "DATE", "2003"));
        assertEquals(TimexErrorClass.FISCAL_SEASONAL, classOf("fiscal 2003", "DATE", "2003", "fiscal 2003", "DATE",
                "FY2003"));
        assertEquals(TimexErrorClass.TIME_OF_DAY, classOf("noon", "TIME", "2003-04-01T12:00", "noon", "TIME",
                "2003-04-02T12:00"));
        assertEquals(TimexErrorClass.THIS_LAST_NEXT, classOf("two weeks ago", "DATE", "2003-W12", "two weeks ago",
                "DATE", "2003-03-18"));
        assertEquals(TimexErrorClass.GRANULARITY, classOf("1961", "DATE", "1961-XX", "1961", "DATE", "1961"));
        assertEquals(TimexErrorClass.ANCHORING, classOf("May 5", "DATE", "2003-05-05", "May 5", "DATE",
                "2002-05-05"));
    }

    @Test
    void missedSpuriousAndWrongValuesAreCounted() {
        String text = "On May 5 they met, and twice since.";
        GoldDocument doc = new GoldDocument("d", text, LocalDate.of(2003, 6, 1),
                List.of(new LabeledSpan(3, 8, "DATE", "2003-05-05"), new LabeledSpan(23, 28, "SET", "XX")), null);
        TimexErrors errors = new TimexErrors().add(doc, List.of(new LabeledSpan(3, 8, "DATE", "2002-05-05"),
                new LabeledSpan(29, 34, "DATE", "PAST_REF")));
        assertEquals(1, errors.counts().get(TimexErrorClass.ANCHORING));
        assertEquals(1, errors.counts().get(TimexErrorClass.MISSED));
        assertEquals(1, errors.counts().get(TimexErrorClass.SPURIOUS));
        assertEquals(3, errors.errors().size());
        assertEquals(4, errors.toTsv().split("\n").length);
    }
}
