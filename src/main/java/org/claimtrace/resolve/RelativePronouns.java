package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;

/**
 * A relative pronoun refers to the phrase it follows: "Richard Thomas, who ...", "Boeing, which ...",
 * "Labour, who ...". The antecedent is the token just before the pronoun, or before the comma in front of it.
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

    /** "which" is not said of persons; "who" is said of persons and of organizations ("Labour, who ..."). */
    static boolean impersonal(Token pronoun) {
        return pronoun.text().equalsIgnoreCase("which");
    }
}
