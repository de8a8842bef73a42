package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small format rules: time zones, hour counts, decades. */
class ValueRulesTest {

    private static String apply(ValueRule rule, String tagged, String first, int n, TimexType type, String value) {
        Context c = sentence(WEDNESDAY, tagged);
        return rule.apply(c, span(c, first, n, type, value)).value();
    }

    @Test
    void utcIsWrittenZ() {
        assertEquals("2008-09-17T16:08Z", apply(new ZoneRule(), "at/IN 16:08/CD UTC/NNP", "16:08", 2,
                TimexType.TIME, "2008-09-17T16:08+0000"));
        assertEquals("2008-09-17T16:08-0500", apply(new ZoneRule(), "at/IN 16:08/CD EST/NNP", "16:08", 2,
                TimexType.TIME, "2008-09-17T16:08-0500"));
    }

    @Test
    void hoursOfARangeBecomeYearsOrDays() {
        assertEquals("P2Y", apply(new HoursRule(), "from/IN 2009/CD to/TO 2011/CD", "from", 4,
                TimexType.DURATION, "PT17520H"));
        assertEquals("P3D", apply(new HoursRule(), "from/IN Monday/NNP to/TO Thursday/NNP", "from", 4,
                TimexType.DURATION, "PT72H"));
        assertEquals("PT150H", apply(new HoursRule(), "150/CD hours/NNS", "150", 2,
                TimexType.DURATION, "PT150H"));
    }

    @Test
    void decadesAndCenturiesDropThePadding() {
        assertEquals("199", apply(new DecadeRule(), "in/IN the/DT 1990s/NNS", "the", 2, TimexType.DATE, "199X"));
        assertEquals("19", apply(new DecadeRule(), "in/IN the/DT 1900s/NNS", "the", 2, TimexType.DATE, "19XX"));
        assertEquals("2008-XX", apply(new DecadeRule(), "one/CD month/NN", "one", 2, TimexType.DATE, "2008-XX"));
    }
}
