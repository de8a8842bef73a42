package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FalsePositiveFilterTest {

    private static boolean rejected(String tagged, String first, int n, TimexType type, String value) {
        Context c = sentence(WEDNESDAY, tagged);
        return FalsePositiveFilter.reject(c, span(c, first, n, type, value));
    }

    @Test
    void fallAsADropIsNotTheSeason() {
        assertTrue(rejected("its/PRP$ biggest/JJS fall/NN since/IN 1987/CD", "fall", 1, TimexType.DATE, "2008-FA"));
        assertTrue(rejected("a/DT fall/NN in/IN retail/JJ sales/NNS", "fall", 1, TimexType.DATE, "2008-FA"));
        assertTrue(rejected("suffered/VBD large/JJ falls/NNS", "falls", 1, TimexType.DATE, "2008-FA"));
        assertFalse(rejected("It/PRP opens/VBZ this/DT fall/NN", "fall", 1, TimexType.DATE, "2008-FA"));
        assertFalse(rejected("It/PRP opens/VBZ in/IN the/DT fall/NN", "fall", 1, TimexType.DATE, "2008-FA"));
        assertFalse(rejected("It/PRP opened/VBD in/IN fall/NN 2007/CD", "fall", 1, TimexType.DATE, "2007-FA"));
    }

    @Test
    void modalMayIsNotAMonth() {
        assertTrue(rejected("this/DT may/MD have/VB an/DT impact/NN", "this", 2, TimexType.DATE, "2008-05"));
        assertFalse(rejected("It/PRP opened/VBD in/IN May/NNP", "May", 1, TimexType.DATE, "2008-05"));
    }

    @Test
    void ordinalSecondIsNotADuration() {
        assertTrue(rejected("A/DT second/JJ A380/NN is/VBZ travelling/VBG", "A", 2, TimexType.DURATION, "PT1S"));
        assertTrue(rejected("for/IN a/DT second/JJ consecutive/JJ day/NN", "a", 2, TimexType.DURATION, "PT1S"));
        assertFalse(rejected("wait/VB a/DT second/NN ./.", "a", 2, TimexType.DURATION, "PT1S"));
    }

    @Test
    void verbPresentIsNotNow() {
        assertTrue(rejected("wanted/VBD to/TO present/VB details/NNS", "present", 1, TimexType.DATE, "PRESENT_REF"));
        assertFalse(rejected("at/IN present/NN ,/,", "present", 1, TimexType.DATE, "PRESENT_REF"));
    }
}
