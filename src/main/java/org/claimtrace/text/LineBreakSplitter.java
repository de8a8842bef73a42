package org.claimtrace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sentences at single line breaks that end a line without final punctuation, such as a headline
 * or a dateline directly followed by the body. Sentence splitters join such a line to the next sentence.
 *
 * <p>Hard-wrapped text (lines broken mid-sentence at a fixed width) must not be split this way; it is
 * recognised by how often a line break is followed by a lowercase word, and then left alone.
 */
public final class LineBreakSplitter {
    private static final double WRAPPED_RATIO = 0.3;

    private LineBreakSplitter() {
    }

    /**
     * Refines sentence token ranges.
     *
     * @param text       the document text
     * @param tokenSpans UTF-16 [begin, end) of each token, in order
     * @param sentences  half-open token ranges [from, to) of the sentences found by the splitter
     * @return the refined ranges, covering the same tokens
     */
    public static List<int[]> refine(String text, List<int[]> tokenSpans, List<int[]> sentences) {
        if (looksHardWrapped(text)) {
            return sentences;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] s : sentences) {
            int start = s[0];
            for (int i = s[0]; i + 1 < s[1]; i++) {
                int gapBegin = tokenSpans.get(i)[1];
                int gapEnd = tokenSpans.get(i + 1)[0];
                if (hasLineBreak(text, gapBegin, gapEnd)
                        && !endsSentence(text, tokenSpans.get(i))
                        && startsSentence(text, tokenSpans.get(i + 1))) {
                    out.add(new int[]{start, i + 1});
                    start = i + 1;
                }
            }
            out.add(new int[]{start, s[1]});
        }
        return out;
    }

    static boolean looksHardWrapped(String text) {
        int breaks = 0;
        int lowercaseAfter = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == '\n' || next == '\r') {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j >= text.length()) {
                break;
            }
            breaks++;
            if (Character.isLowerCase(text.charAt(j))) {
                lowercaseAfter++;
            }
        }
        return breaks >= 3 && lowercaseAfter >= WRAPPED_RATIO * breaks;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int[] token) {
        String t = text.substring(token[0], token[1]);
        char last = t.charAt(t.length() - 1);
        if (".!?:;…".indexOf(last) >= 0) {
            return true;
        }
        // A closing quote or bracket after final punctuation: ."  ?’  .)
        if ("\"'”’»)]".indexOf(last) >= 0 && token[0] > 0) {
            int i = token[0] - 1;
            return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
        }
        return false;
    }

    /** A following line that starts with a lowercase letter continues the sentence. */
    private static boolean startsSentence(String text, int[] token) {
        return !Character.isLowerCase(text.codePointAt(token[0]));
    }
}
