package org.claimtrace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins sentences that a splitter broke after an abbreviation it does not know, as in
 * "Rep. Gwen Moore (D-Wis.) said Friday": a sentence is joined to the next when it ends inside a short
 * open bracket that the next one closes, or when the next one starts with a lowercase word on the same line.
 */
public final class SentenceRepair {
    /** A bracket left open longer than this many tokens is taken as a stray mark, not a split sentence. */
    private static final int MAX_OPEN_TOKENS = 12;

    private SentenceRepair() {
    }

    /**
     * @param words     the token texts
     * @param gaps      gaps.get(i) is the text between token i-1 and token i (empty for i = 0)
     * @param sentences half-open token ranges [from, to)
     * @return the repaired ranges, covering the same tokens
     */
    public static List<int[]> merge(List<String> words, List<String> gaps, List<int[]> sentences) {
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        for (int[] s : sentences) {
            boolean join = current != null && (endsInsideBracket(words, current) && startsWithClosing(words, s)
                    || startsLowercase(words, s) && !gaps.get(s[0]).contains("\n"));
            if (join) {
                current = new int[]{current[0], s[1]};
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = new int[]{s[0], s[1]};
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private static boolean endsInsideBracket(List<String> words, int[] s) {
        int depth = 0;
        int lastOpen = -1;
        for (int i = s[0]; i < s[1]; i++) {
            String w = words.get(i);
            if (w.equals("(") || w.equals("[") || w.equals("-LRB-")) {
                depth++;
                lastOpen = i;
            } else if ((w.equals(")") || w.equals("]") || w.equals("-RRB-")) && depth > 0) {
                depth--;
            }
        }
        return depth > 0 && s[1] - lastOpen <= MAX_OPEN_TOKENS;
    }

    private static boolean startsLowercase(List<String> words, int[] s) {
        String w = words.get(s[0]);
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    private static boolean startsWithClosing(List<String> words, int[] s) {
        for (int i = s[0]; i < Math.min(s[1], s[0] + 3); i++) {
            String w = words.get(i);
            if (w.equals(")") || w.equals("]") || w.equals("-RRB-")) {
                return true;
            }
        }
        return false;
    }
}
