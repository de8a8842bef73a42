package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;

/**
 * "they" and "their" after a plural common noun subject in the same sentence refer to that group, not to an
 * organization: "Markets took the decision in their stride", "Analysts said they expected a cut".
 */
final class PluralGroups {
    private PluralGroups() {
    }

    /** Whether a plural noun that is a subject comes before the pronoun in its sentence. */
    static boolean blocks(List<Token> tokens, int pronoun) {
        int sentence = tokens.get(pronoun).sentence();
        for (int i = pronoun - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            if ("NNS".equals(tokens.get(i).pos()) && PronounResolver.isSubjectLike(tokens, i, i + 1, false)) {
                return true;
            }
        }
        return false;
    }
}
