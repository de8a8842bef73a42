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

    @Test
    void aTaggedWindowReachesLeftOnlyOverWordsATimeExpressionCanBeginWith() {
        // 0:It 1:will 2:be 3:done 4:by 5:the 6:end 7:of 8:this 9:year 10:, 11:he 12:said
        assertEquals("[4,13)", ranges(WORDS.windows(tagged("It", "PRP", "will", "MD", "be", "VB", "done", "VBN",
                "by", "IN", "the", "DT", "end", "NN", "of", "IN", "this", "DT", "year", "NN", ",", ",", "he", "PRP",
                "said", "VBD"))));
        // a verb, a pronoun or a common noun stops it: 0:Shares 1:fell 2:sharply 3:on 4:Monday
        assertEquals("[2,5)", ranges(WORDS.windows(tagged("Shares", "NNS", "fell", "VBD", "sharply", "RB", "on", "IN",
                "Monday", "NNP"))));
    }

    @Test
    void namesLeadOnlyInAnUnbrokenRunUpToTheTimeWord() {
        TimeWords day = new TimeWords(Set.of("day", "monday"));
        // 0:on 1:Martin 2:Luther 3:King 4:Day
        assertEquals("[0,5)", ranges(day.windows(tagged("on", "IN", "Martin", "NNP", "Luther", "NNP", "King", "NNP",
                "Day", "NNP"))));
        // 0:on 1:the 2:Fourth 3:of 4:July: "of" keeps the run of names going
        assertEquals("[0,5)", ranges(new TimeWords(Set.of("july")).windows(tagged("on", "IN", "the", "DT", "Fourth",
                "NNP", "of", "IN", "July", "NNP"))));
        // 0:Senator 1:Smith 2:spoke 3:to 4:Reuters 5:on 6:Monday: "on" breaks the run, so "Reuters" stays out
        assertEquals("[5,7)", ranges(day.windows(tagged("Senator", "NNP", "Smith", "NNP", "spoke", "VBD", "to", "TO",
                "Reuters", "NNP", "on", "IN", "Monday", "NNP"))));
    }

    @Test
    void theLeadNeverReachesMoreThanSixTokens() {
        // 0:a 1:b 2:c 3:d 4:e 5:f 6:g 7:year, all of them adjectives
        assertEquals("[1,8)", ranges(WORDS.windows(tagged("a", "JJ", "b", "JJ", "c", "JJ", "d", "JJ", "e", "JJ", "f",
                "JJ", "g", "JJ", "year", "NN"))));
    }
}
