package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrequencyAdjectiveFilterTest {

    private static boolean rejected(String tagged, String first) {
        Context c = sentence(WEDNESDAY, tagged);
        return FrequencyAdjectiveFilter.reject(c, span(c, first, 1, TimexType.SET, "P3M"));
    }

    @Test
    void adjectivesBeforeANounAreNotSets() {
        assertTrue(rejected("a/DT quarterly/JJ dividend/NN of/IN 5/CD cents/NNS", "quarterly"));
        assertTrue(rejected("its/PRP$ semiannual/JJ report/NN", "semiannual"));
    }

    @Test
    void standaloneFrequenciesAndAnnualAreKept() {
        assertFalse(rejected("interest/NN is/VBZ paid/VBN quarterly/RB ./.", "quarterly"));
        assertFalse(rejected("the/DT annual/JJ meeting/NN", "annual"));
    }
}
