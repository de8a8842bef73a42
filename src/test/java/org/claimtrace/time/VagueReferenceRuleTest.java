package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VagueReferenceRuleTest {
    private final VagueReferenceRule rule = new VagueReferenceRule();

    private String apply(String tagged, String first, int n, String sutime) {
        Context c = sentence(WEDNESDAY, tagged);
        Timex t = rule.apply(c, span(c, first, n, TimexType.DURATION, sutime));
        return c.text(t) + "=" + t.type() + ":" + t.value();
    }

    @Test
    void pluralUnitsAfterRecentOrComingAreReferences() {
        assertEquals("recent years=DATE:PAST_REF", apply("prices/NNS rose/VBD in/IN recent/JJ years/NNS", "recent", 2,
                "PXY"));
        assertEquals("recent weeks=DATE:PAST_REF", apply("prices/NNS rose/VBD in/IN recent/JJ weeks/NNS", "weeks", 1,
                "PXW"));
        assertEquals("coming months=DATE:FUTURE_REF", apply("it/PRP will/MD slow/VB in/IN coming/VBG months/NNS",
                "months", 1, "PXM"));
        assertEquals("these days=DATE:PRESENT_REF", apply("few/JJ people/NNS write/VBP letters/NNS these/DT days/NNS",
                "days", 1, "PXD"));
    }

    @Test
    void amountsAndTheKeepTheDuration() {
        assertEquals("years=DURATION:PXY", apply("over/IN the/DT coming/VBG years/NNS", "years", 1, "PXY"));
        assertEquals("three years=DURATION:P3Y", apply("in/IN the/DT past/JJ three/CD years/NNS", "three", 2, "P3Y"));
        assertEquals("years=DURATION:PXY", apply("it/PRP took/VBD years/NNS", "years", 1, "PXY"));
    }
}
