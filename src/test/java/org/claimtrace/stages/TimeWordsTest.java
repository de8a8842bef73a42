package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeWordsTest {
    private static final TimeWords WORDS = new TimeWords(Set.of("month", "year", "monday", "today", "sept"));

    private static List<CoreLabel> sentence(String... words) {
        return Arrays.stream(words).map(w -> {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            return l;
        }).toList();
    }

    @Test
    void digitsTimeWordsPluralsPossessivesAndHyphenatedPartsCount() {
        assertTrue(WORDS.matches("2009"));
        assertTrue(WORDS.matches("3pm"));
        assertTrue(WORDS.matches("Monday"));
        assertTrue(WORDS.matches("months"));
        assertTrue(WORDS.matches("today's"));
        assertTrue(WORDS.matches("Sept."));
        assertTrue(WORDS.matches("three-month"));
        assertFalse(WORDS.matches("monthly-ish"));
        assertFalse(WORDS.matches("Boeing"));
    }

    @Test
    void aSentenceIsACandidateWhenOneTokenMatches() {
        assertTrue(WORDS.anyIn(sentence("Boeing", "said", "it", "would", "ship", "next", "year", ".")));
        assertFalse(WORDS.anyIn(sentence("Boeing", "denied", "the", "report", ".")));
        assertTrue(TimeWords.EVERY_SENTENCE.anyIn(sentence("Boeing", "denied", "the", "report", ".")));
    }
}
