package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodEndedRuleTest {
    private final PeriodEndedRule rule = new PeriodEndedRule();

    private String apply(String tagged, String first, int n) {
        Context c = sentence(WEDNESDAY, tagged);
        Timex t = rule.apply(c, span(c, first, n, TimexType.DATE, "2008"));
        return t.type() + ":" + t.value();
    }

    @Test
    void aYearEndedOnADayIsAReportingPeriod() {
        assertEquals("DURATION:P1Y", apply("sales/NNS for/IN the/DT year/NN ended/VBD June/NNP 30/CD", "the", 2));
        assertEquals("DURATION:P1Y", apply("in/IN the/DT fiscal/JJ year/NN ending/VBG March/NNP 31/CD", "the", 3));
    }

    @Test
    void otherYearsAreLeftAlone() {
        assertEquals("DATE:2008", apply("sales/NNS for/IN the/DT year/NN rose/VBD", "the", 2));
        assertEquals("DATE:2008", apply("this/DT year/NN ended/VBD badly/RB", "this", 2));
    }
}
