package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;

/**
 * A relative pronoun refers to the phrase it follows: "Richard Thomas, who ...", "Boeing, which ...". The
 * antecedent is the token just before the pronoun, or before the comma in front of it.
 */
final class RelativePronouns {
    private RelativePronouns() {
    }

    /** The last token of the antecedent phrase, or -1. */
    static int antecedentEnd(List<Token> tokens, int pronoun) {
        int i = pronoun - 1;
        if (i >= 0 && tokens.get(i).text().equals(",")) {
            i--;
        }
        if (i < 0 || tokens.get(i).sentence() != tokens.get(pronoun).sentence()) {
            return -1;
        }
        return i;
    }

    /** "who" and "whom" are said of persons; "which" of things. "that" and "whose" of both. */
    static boolean personal(Token pronoun) {
        String w = pronoun.text().toLowerCase(Locale.ROOT);
        return w.equals("who") || w.equals("whom");
    }

    static boolean impersonal(Token pronoun) {
        return pronoun.text().equalsIgnoreCase("which");
    }
}
