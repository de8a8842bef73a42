package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WeekendRuleTest {
    /** Monday 2015-03-16, ISO week 12; the weekend just gone is in week 11. */
    private static final LocalDate MONDAY = LocalDate.of(2015, 3, 16);
    /** Sunday 2015-03-22, the end of week 12. */
    private static final LocalDate SUNDAY = LocalDate.of(2015, 3, 22);
    private final WeekendRule rule = new WeekendRule();

    private String value(LocalDate anchor, String tagged, String first, int n) {
        Context c = sentence(anchor, tagged);
        return rule.apply(c, span(c, first, n, TimexType.DATE, "2015-W12-WE")).value();
    }

    @Test
    void pastNewsMeansTheWeekendJustGone() {
        assertEquals("2015-W11-WE", value(MONDAY, "Rebels/NNS attacked/VBD over/IN the/DT weekend/NN", "the", 2));
        assertEquals("2015-W12-WE", value(SUNDAY, "Rebels/NNS attacked/VBD over/IN the/DT weekend/NN", "the", 2));
    }

    @Test
    void futureNewsMeansTheComingOne() {
        assertEquals("2015-W12-WE", value(MONDAY, "Talks/NNS will/MD resume/VB over/IN the/DT weekend/NN", "the", 2));
        assertEquals("2015-W12-WE", value(MONDAY, "They/PRP meet/VBP this/DT weekend/NN", "this", 2));
    }

    @Test
    void lastAndNextCountFromTheCurrentWeek() {
        assertEquals("2015-W11-WE", value(MONDAY, "It/PRP rained/VBD last/JJ weekend/NN", "last", 2));
        assertEquals("2015-W11-WE", value(SUNDAY, "It/PRP rained/VBD last/JJ weekend/NN", "last", 2));
        assertEquals("2015-W13-WE", value(SUNDAY, "It/PRP opens/VBZ next/JJ weekend/NN", "next", 2));
    }

    @Test
    void datedWeekendsAreLeftAlone() {
        assertEquals("2015-W12-WE", value(MONDAY, "the/DT weekend/NN of/IN March/NNP 21/CD", "weekend", 1));
        assertEquals("2015-W12-WE", value(MONDAY, "every/DT weekend/NN", "every", 2));
    }
}
