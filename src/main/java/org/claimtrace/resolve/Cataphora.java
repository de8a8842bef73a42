package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;

/**
 * A speaker's pronoun with no possible antecedent before it may point forward, to a name later in the same
 * or the next sentence: "'We will not back down,' she said. Patricia Hewitt ...". It applies to the subject of a
 * speech verb ("she said", "they added"), and only the first compatible name within that reach is taken; a
 * name in the next sentence only when the pronoun tags a quotation ({@code PronounLinker}): "… according to show
 * insiders. They said …" is not the agency the next sentence credits.
 */
final class Cataphora {
    /** How many sentences after the pronoun's own the name may be. */
    static final int REACH = 1;

    private Cataphora() {
    }

    private static final java.util.Set<String> NOMINATIVE = java.util.Set.of("he", "she", "they", "it");

    /** Whether the pronoun is the subject of a speech verb right after it. */
    static boolean applies(List<Token> tokens, int pronoun) {
        if (!NOMINATIVE.contains(tokens.get(pronoun).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int i = pronoun + 1;
        while (i < tokens.size() && "RB".equals(tokens.get(i).pos())) {
            i++;
        }
        return i < tokens.size() && QuoteSpeakers.isSpeech(tokens.get(i));
    }

    /** Whether a candidate starting at token {@code candidate} is within reach after the pronoun. */
    static boolean withinReach(List<Token> tokens, int pronoun, int candidate) {
        int d = tokens.get(candidate).sentence() - tokens.get(pronoun).sentence();
        return candidate > pronoun && d >= 0 && d <= REACH;
    }
}
