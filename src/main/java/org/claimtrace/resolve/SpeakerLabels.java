package org.claimtrace.resolve;

import org.claimtrace.model.Token;
import org.claimtrace.text.Quotes;

import java.util.List;

/**
 * A transcript names each turn's speaker by a label in capitals ("PENCE: Well, look, ..."), so "I" in the
 * turn is the person whose name ends in the label. The turn runs from its label to the next label; a first-
 * person pronoun more than {@value #REACH} tokens after its label is left to the other rules.
 */
final class SpeakerLabels {
    static final int REACH = 400;

    private SpeakerLabels() {
    }

    /** The label word of the turn holding token {@code at}, or -1. */
    static int labelOf(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0 && at - i <= REACH; i--) {
            if (isLabel(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A word in capitals followed by a colon, opening its sentence (after an opening quotation mark). */
    static boolean isLabel(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).text().equals(":") || !capitals(t.text())) {
            return false;
        }
        int before = i - 1;
        if (before >= 0 && Quotes.isQuote(tokens.get(before).text()) && tokens.get(before).sentence() == t.sentence()) {
            before--;
        }
        return before < 0 || tokens.get(before).sentence() != t.sentence();
    }

    private static boolean capitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }
}
