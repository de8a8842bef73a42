package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcronymFilterTest {

    private static boolean rejected(String tagged, String first, int n) {
        Context c = sentence(WEDNESDAY, tagged);
        return AcronymFilter.reject(c, span(c, first, n, TimexType.TIME, "PT1S"));
    }

    @Test
    void capitalisedAbbreviationsAreNames() {
        assertTrue(rejected("a/DT filing/NN with/IN the/DT SEC/NNP", "the", 2));
        assertFalse(rejected("it/PRP lasted/VBD one/CD sec/NN", "one", 2));
    }
}
