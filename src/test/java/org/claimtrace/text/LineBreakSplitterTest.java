package org.claimtrace.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakSplitterTest {
    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\w+|[^\\s\\w]").matcher(text);
        while (m.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    private static int sentences(String text) {
        List<int[]> toks = tokens(text);
        List<int[]> one = new ArrayList<>();
        one.add(new int[]{0, toks.size()});
        return LineBreakSplitter.refine(text, toks, one).size();
    }

    @Test
    void headlineAndDatelineBecomeSentences() {
        assertEquals(3, sentences("Syria seeks new ties with Russia\nOctober 15, 2025\nThe president met Putin."));
    }

    @Test
    void lineEndingInPunctuationIsNotSplitAgain() {
        assertEquals(1, sentences("He said so.\nThen he left"));
    }

    @Test
    void lowercaseContinuationIsNotSplit() {
        assertEquals(1, sentences("The minister met\nthe ambassador in Geneva"));
    }

    @Test
    void hardWrappedTextIsLeftAlone() {
        String wrapped = "The central bank cut its main rate on Thursday and said\n"
                + "that inflation would return to its target next year, while\n"
                + "warning that tariffs could delay the recovery of the euro\n"
                + "zone economy and weigh on\n"
                + "Germany in the third quarter, according to staff projections\n"
                + "published by the bank.";
        assertTrue(LineBreakSplitter.looksHardWrapped(wrapped));
        assertEquals(1, sentences(wrapped));
    }

    @Test
    void paragraphTextIsNotHardWrapped() {
        assertFalse(LineBreakSplitter.looksHardWrapped("Headline\n\nFirst paragraph.\n\nSecond one.\nThird line."));
    }
}
