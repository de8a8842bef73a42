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

    /**
     * Whether a "that" the tagger read as a relative pronoun can be one that refers: only as the subject of its
     * clause, with a verb, a modal or an adverb next ("the union that represents them"). "told the BBC that
     * firms would be consulted" is a complementizer, however the tagger tags it, and an object relative ("the
     * plan that he proposed") names no speaker.
     */
    static boolean refers(List<Token> tokens, Token pronoun) {
        if (!pronoun.text().equalsIgnoreCase("that")) {
            return true;
        }
        int next = pronoun.index() + 1;
        if (next >= tokens.size() || tokens.get(next).sentence() != pronoun.sentence()) {
            return false;
        }
        String pos = tokens.get(next).pos();
        return pos != null && (pos.startsWith("VB") || pos.equals("MD") || pos.startsWith("RB"));
    }

    /** "which" is not said of persons; "who" is said of persons and of organizations ("Labour, who ..."). */
    static boolean impersonal(Token pronoun) {
        return pronoun.text().equalsIgnoreCase("which");
    }
}
