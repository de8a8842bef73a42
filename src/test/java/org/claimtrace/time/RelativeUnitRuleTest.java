package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUnitRuleTest {
    /** Thursday 2007-01-18: first quarter, ISO week 3. */
    private static final LocalDate ANCHOR = LocalDate.of(2007, 1, 18);
    private final RelativeUnitRule rule = new RelativeUnitRule();

    private Timex apply(String tagged, String first, int n, String sutime) {
        Context c = sentence(ANCHOR, tagged);
        return rule.apply(c, span(c, first, n, TimexType.DATE, sutime));
    }

    @Test
    void lastAndPreviousUnitsAreTheOnesBefore() {
        assertEquals("2006-Q4", apply("profits/NNS rose/VBD during/IN the/DT last/JJ quarter/NN", "the", 3,
                "2007-Q1").value());
        assertEquals("2006", apply("sales/NNS fell/VBD from/IN the/DT previous/JJ year/NN", "the", 3, "2007").value());
        assertEquals("2006-12", apply("sales/NNS fell/VBD last/JJ month/NN", "last", 2, "2007-01").value());
        assertEquals("2007-W02", apply("sales/NNS fell/VBD last/JJ week/NN", "last", 2, null).value());
    }

    @Test
    void thisAndNextUnits() {
        assertEquals("2007-W03", apply("It/PRP met/VBD this/DT week/NN", "this", 2, "2007-W03").value());
        assertEquals("2007-Q2", apply("It/PRP opens/VBZ next/JJ quarter/NN", "next", 2, null).value());
    }

    @Test
    void thePastDecadeIsADuration() {
        Timex t = apply("the/DT largest/JJS in/IN the/DT past/JJ decade/NN", "past", 2, "200X");
        assertEquals(TimexType.DURATION, t.type());
        assertEquals("P10Y", t.value());
    }

    @Test
    void ofAfterTheUnitIsNotAlwaysAPart() {
        assertEquals("2006", apply("a/DT profit/NN for/IN the/DT last/JJ year/NN of/IN $/$ 2/CD billion/CD",
                "the", 3, "2007").value());
    }

    @Test
    void partsOfAMonthAreLeftAlone() {
        assertEquals("XXXX", apply("in/IN the/DT last/JJ week/NN of/IN March/NNP", "the", 3, "XXXX").value());
    }
}
