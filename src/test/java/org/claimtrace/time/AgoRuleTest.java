package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AgoRuleTest {
    /** Tuesday 2011-11-08: fourth quarter, ISO week 45. */
    private static final LocalDate ANCHOR = LocalDate.of(2011, 11, 8);
    private final AgoRule rule = new AgoRule();

    private String value(String tagged, String first, int n, String sutime) {
        Context c = sentence(ANCHOR, tagged);
        return rule.apply(c, span(c, first, n, TimexType.DATE, sutime)).value();
    }

    @Test
    void theUnitSetsTheGranularity() {
        assertEquals("2008", value("The/DT mill/NN closed/VBD three/CD years/NNS ago/RB", "three", 3, "2008-11-08"));
        assertEquals("2011-09", value("She/PRP left/VBD two/CD months/NNS ago/RB", "two", 3, "2011-09-08"));
        assertEquals("2011-10-11", value("He/PRP phoned/VBD four/CD weeks/NNS ago/RB", "four", 3, "2011-10-11"));
        assertEquals("2010", value("Sales/NNS were/VBD lower/JJR a/DT year/NN earlier/RBR", "a", 3, "2010-11-08"));
        assertEquals("2007", value("It/PRP began/VBD nearly/RB four/CD years/NNS ago/RB", "nearly", 4,
                "2007-11-08"));
    }

    @Test
    void aYearAgoInAQuarterSentenceIsThatQuarterBefore() {
        assertEquals("2010-Q3", value("Third-quarter/JJ profit/NN rose/VBD from/IN a/DT year/NN ago/RB",
                "a", 3, "2010-11-08"));
        assertEquals("2010-Q2", value("Sales/NNS in/IN the/DT second/JJ quarter/NN fell/VBD from/IN a/DT year/NN "
                + "earlier/RBR", "a", 3, "2010-11-08"));
        assertEquals("2010-Q3", value("Earnings/NNS for/IN the/DT quarter/NN doubled/VBD from/IN a/DT year/NN "
                + "earlier/RBR", "a", 3, "2010-11-08"));
    }

    @Test
    void vagueAmountsAndShortUnitsAreLeftAlone() {
        assertEquals("2008-11-08", value("It/PRP started/VBD a/DT few/JJ years/NNS ago/RB", "a", 4, "2008-11-08"));
        assertEquals("2011-11-06", value("It/PRP started/VBD two/CD days/NNS ago/RB", "two", 3, "2011-11-06"));
        assertEquals("2011-11-07", value("It/PRP started/VBD a/DT day/NN later/RB", "a", 3, "2011-11-07"));
    }
}
