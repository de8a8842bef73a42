package org.claimtrace.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceRepairTest {
    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static List<String> gaps(List<String> words, int newlineBefore) {
        List<String> g = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            g.add(i == 0 ? "" : i == newlineBefore ? "\n\n" : " ");
        }
        return g;
    }

    @Test
    void lowercaseStartOnTheSameLineIsJoinedButNotAcrossParagraphs() {
        List<String> w = words("Rep. Moore ( D-Wis. ) said Friday . more text");
        List<int[]> s = List.of(new int[]{0, 5}, new int[]{5, 8}, new int[]{8, 10});
        List<int[]> merged = SentenceRepair.merge(w, gaps(w, 8), s);
        assertEquals(2, merged.size());
        assertArrayEquals(new int[]{0, 8}, merged.get(0));
    }

    @Test
    void sentenceBrokenInsideParenthesesIsJoined() {
        // "Rep. Gwen Moore ( D-Wis . ) said Friday ." split after "D-Wis ."
        List<String> w = words("Rep. Gwen Moore ( D-Wis . ) said Friday . Next one .");
        List<int[]> merged = SentenceRepair.merge(w, gaps(w, -1), List.of(new int[]{0, 6}, new int[]{6, 10}, new int[]{10, 13}));
        assertEquals(2, merged.size());
        assertArrayEquals(new int[]{0, 10}, merged.get(0));
        assertArrayEquals(new int[]{10, 13}, merged.get(1));
    }

    @Test
    void balancedAndLongOpenBracketsAreLeftAlone() {
        List<String> w = words("He ( really ) left . ) Stray .");
        List<int[]> s = List.of(new int[]{0, 6}, new int[]{6, 9});
        assertEquals(2, SentenceRepair.merge(w, gaps(w, -1), s).size());
        List<String> w2 = words("Open ( a b c d e f g h i j k l m n . ) X .");
        assertEquals(2, SentenceRepair.merge(w2, gaps(w2, -1), List.of(new int[]{0, 17}, new int[]{17, 20})).size());
    }
}
