package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PastAdverbFilterTest {

    private static boolean rejected(String tagged, String first, int n) {
        Context c = sentence(WEDNESDAY, tagged);
        return PastAdverbFilter.reject(c, span(c, first, n, TimexType.DATE, "PAST_REF"));
    }

    @Test
    void orderingAdverbsAreNotTimes() {
        assertTrue(rejected("he/PRP had/VBD previously/RB denied/VBN it/PRP", "previously", 1));
        assertTrue(rejected("the/DT once/RB mighty/JJ firm/NN", "once", 1));
    }

    @Test
    void recentlyAndLongerPhrasesAreKept() {
        assertFalse(rejected("he/PRP recently/RB denied/VBD it/PRP", "recently", 1));
        assertFalse(rejected("they/PRP meet/VBP once/RB a/DT month/NN", "once", 3));
    }
}
