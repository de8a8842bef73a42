package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MonthRuleTest {
    private static final LocalDate AUGUST = LocalDate.of(2006, 8, 19);
    private final MonthRule rule = new MonthRule();

    private String value(LocalDate anchor, String tagged, String first, int n, String sutime) {
        Context c = sentence(anchor, tagged);
        return rule.apply(c, span(c, first, n, TimexType.DATE, sutime)).value();
    }

    @Test
    void pastTenseTakesThePastMonth() {
        // SUTime takes the nearer January, which in August is the next one
        assertEquals("2006-01", value(AUGUST, "plans/NNS announced/VBN in/IN January/NNP", "January", 1, "2007-01"));
    }

    @Test
    void futureTenseTakesTheNextMonth() {
        assertEquals("2007-03", value(AUGUST, "It/PRP will/MD open/VB in/IN March/NNP", "March", 1, "2006-03"));
    }

    @Test
    void presentTenseKeepsTheNearest() {
        assertEquals("2007-01", value(AUGUST, "Sales/NNS peak/VBP in/IN January/NNP", "January", 1, "2007-01"));
    }

    @Test
    void lastMonthNameIsTheMostRecentBeforeThisMonth() {
        assertEquals("2006-07", value(AUGUST, "a/DT level/NN not/RB seen/VBN since/IN last/JJ July/NNP",
                "last", 2, "2005-07"));
        assertEquals("2005-08", value(AUGUST, "It/PRP fell/VBD last/JJ August/NNP", "last", 2, "2006-08"));
    }

    @Test
    void monthAndDayGetTheirYearToo() {
        assertEquals("2006-11-11", value(AUGUST, "It/PRP will/MD arrive/VB on/IN November/NNP 11/CD",
                "November", 2, "2005-11-11"));
        assertEquals("2005-11-11", value(AUGUST, "It/PRP arrived/VBD on/IN November/NNP 11/CD",
                "November", 2, "2006-11-11"));
    }

    @Test
    void aDayNearOnOneSideAndFarOnTheTenseSideIsTheNearOne() {
        // a dividend declared in August, payable on a day five weeks ahead: this year's, not last year's
        assertEquals("2006-09-25", value(AUGUST, "The/DT board/NN declared/VBD a/DT dividend/NN payable/JJ "
                + "Sept./NNP 25/CD", "Sept.", 2, "2005-09-25"));
        // a future sentence about a day two weeks back: this year's
        assertEquals("2006-08-05", value(AUGUST, "The/DT group/NN will/MD mark/VB the/DT Aug./NNP 5/CD attack/NN",
                "Aug.", 2, "2007-08-05"));
        // "last" decides, whatever the distance
        assertEquals("2005-09-25", value(AUGUST, "It/PRP opened/VBD last/JJ Sept./NNP 25/CD", "Sept.", 2,
                "2005-09-25"));
    }

    @Test
    void explicitYearsAndLongerPhrasesAreLeftAlone() {
        assertEquals("2005-01", value(AUGUST, "It/PRP opened/VBD in/IN January/NNP 2005/CD", "January", 2, "2005-01"));
        assertEquals("2007-10", value(AUGUST, "after/IN October/NNP of/IN next/JJ year/NN", "October", 4, "2007-10"));
    }
}
