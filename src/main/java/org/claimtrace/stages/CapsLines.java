package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Headlines, datelines and results tables set in capitals ("SOCCER - JAPAN GET LUCKY WIN") defeat a
 * case-sensitive CRF: nothing in them looks like a name. For the NER pass only, the words of such a
 * sentence are shown to the tagger in title case ("Japan", "Al-Ain"), then restored; words of up to three
 * letters stay as they are, as they are mostly acronyms ("EU", "UN"). Offsets, and so the mention text, come
 * from the original document and do not change.
 */
final class CapsLines {
    /** A sentence is set in capitals when it has at least this many words of two letters or more, all upper case. */
    static final int MIN_WORDS = 3;

    private CapsLines() {
    }

    /** The words changed, to hand back to {@link #restore}. */
    record Changed(List<CoreLabel> tokens, List<String> words) {
    }

    /** Title-cases the words of every all-capitals sentence of the document; returns what to restore. */
    static Changed titleCase(List<CoreMap> sentences) {
        List<CoreLabel> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!allCaps(labels)) {
                continue;
            }
            for (CoreLabel t : labels) {
                String w = t.word();
                if (letters(w) > 3 && isUpper(w)) {
                    tokens.add(t);
                    words.add(w);
                    t.setWord(title(w));
                }
            }
        }
        return new Changed(tokens, words);
    }

    static void restore(Changed changed) {
        for (int i = 0; i < changed.tokens().size(); i++) {
            changed.tokens().get(i).setWord(changed.words().get(i));
        }
    }

    static boolean allCaps(List<CoreLabel> labels) {
        int words = 0;
        for (CoreLabel t : labels) {
            String w = t.word();
            if (letters(w) < 2) {
                continue;
            }
            if (!isUpper(w)) {
                return false;
            }
            words++;
        }
        return words >= MIN_WORDS;
    }

    /** "AL-AIN" → "Al-Ain", "O'NEILL" → "O'Neill": each letter run starts upper case. */
    static String title(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            b.appendCodePoint(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            n += Character.isLetter(w.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean isUpper(String w) {
        return w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }
}
