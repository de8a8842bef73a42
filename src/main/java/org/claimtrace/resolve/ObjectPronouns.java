package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plain object pronoun does not refer to the subject of its own clause: in "The Kremlin denied it", "it" is
 * not the Kremlin (that would be "itself"). An object pronoun is a non-possessive, non-reflexive pronoun right
 * after a verb and not before one ("Norvane said it would appeal" is a subject); its clause runs back to the
 * nearest comma, conjunction, relative or quote mark. Only a candidate that is its clause's subject is barred.
 */
final class ObjectPronouns {
    private static final Set<String> OBJECTS = Set.of("it", "them", "him", "her", "me", "us");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "that", "and", "but", "because", "if",
            "when", "while", "after", "before", "which", "who", "as", "since", "although", "though", "\"", "``", "''",
            "“", "”", "‘", "’", "'");

    private ObjectPronouns() {
    }

    /** Whether the pronoun is a verb's object and the candidate ending at {@code candidateEnd} is in its clause. */
    static boolean excludes(List<Token> tokens, int pronoun, int candidateEnd) {
        Token p = tokens.get(pronoun);
        if (!OBJECTS.contains(p.text().toLowerCase(Locale.ROOT)) || !"PRP".equals(p.pos()) || pronoun == 0) {
            return false;
        }
        String before = tokens.get(pronoun - 1).pos();
        if (before == null || !before.startsWith("VB")) {
            return false;
        }
        if (pronoun + 1 < tokens.size() && tokens.get(pronoun + 1).pos() != null
                && (tokens.get(pronoun + 1).pos().startsWith("VB") || tokens.get(pronoun + 1).pos().equals("MD"))) {
            return false; // "said it would respond": the subject of a clause, not an object
        }
        if (candidateEnd > pronoun || tokens.get(candidateEnd - 1).sentence() != p.sentence()) {
            return false;
        }
        for (int i = candidateEnd; i < pronoun; i++) {
            if (BOUNDARIES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
