package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgeFilterTest {

    private static boolean rejected(String tagged, String first, int n) {
        Context c = sentence(WEDNESDAY, tagged);
        return AgeFilter.reject(c, span(c, first, n, TimexType.DURATION, "P7Y"));
    }

    @Test
    void agesAreNotDurations() {
        assertTrue(rejected("a/DT 7-year-old/JJ girl/NN", "7-year-old", 1));
        assertTrue(rejected("the/DT 63-year-old/NN said/VBD", "63-year-old", 1));
        assertTrue(rejected("she/PRP is/VBZ seven/CD years/NNS old/JJ", "seven", 2));
        assertTrue(rejected("she/PRP is/VBZ seven/CD years/NNS old/JJ", "seven", 3));
    }

    @Test
    void periodsAreKept() {
        assertFalse(rejected("it/PRP lasted/VBD seven/CD years/NNS", "seven", 2));
        assertFalse(rejected("a/DT 7-year/JJ contract/NN", "7-year", 1));
    }
}
