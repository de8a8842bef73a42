package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static List<CoreLabel> tagged(String... wordsAndTags) {
        List<CoreLabel> out = new java.util.ArrayList<>();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            CoreLabel l = new CoreLabel();
            l.setWord(wordsAndTags[i]);
            l.setTag(wordsAndTags[i + 1]);
            out.add(l);
        }
        return out;
    }

    private static String ranges(List<int[]> windows) {
        StringBuilder b = new StringBuilder();
        windows.forEach(w -> b.append('[').append(w[0]).append(',').append(w[1]).append(')'));
        return b.toString();
    }

    @Test
    void aSentenceWithoutADigitOrATimeWordHasNoWindow() {
        assertEquals("", ranges(WORDS.windows(sentence("Boeing", "denied", "the", "report", "."))));
        assertEquals("[0,4)", ranges(TimeWords.EVERY_SENTENCE.windows(sentence("Boeing", "denied", "the", "report"))));
    }

    @Test
    void aWindowIsSixTokensBeforeAndThreeAfterATimeWord() {
        // 0:It 1:will 2:be 3:done 4:by 5:the 6:end 7:of 8:this 9:year 10:, 11:he 12:said 13:to 14:reporters 15:.
        List<CoreLabel> s = sentence("It", "will", "be", "done", "by", "the", "end", "of", "this", "year", ",", "he",
                "said", "to", "reporters", ".");
        assertEquals("[3,13)", ranges(WORDS.windows(s)));
    }

    @Test
    void closeWindowsJoinAndDistantOnesStayApart() {
        List<CoreLabel> s = sentence("On", "Monday", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l",
                "today", "m", "n", "o", "p", "q", "r", "2009");
        assertEquals("[0,5)[8,22)", ranges(WORDS.windows(s)));
    }

    @Test
    void modalMayAndAmountsOpenNoWindow() {
        assertEquals("", ranges(WORDS.windows(tagged("Sales", "NNS", "may", "MD", "fall", "VB", "3.5", "CD",
                "percent", "NN"))));
        assertEquals("[0,4)", ranges(WORDS.windows(tagged("The", "DT", "Sept", "NNP", "meeting", "NN", "ended", "VBD"))));
    }
}
