package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Definite noun phrases of a document, found from tags alone: a determiner ("the", "this") or a possessive
 * ("Boeing 's") and the adjectives and nouns after it, up to the last noun: "the company", "The US automobile
 * manufacturer", "the information commissioner". They are candidate antecedents of pronouns once
 * {@link MentionLinker} has linked them.
 */
final class DefiniteDescriptions {
    /** A phrase: tokens [begin, head] with its head noun at {@code head}. */
    record Phrase(int begin, int head) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "this");
    static final int MAX_TOKENS = 8;

    private DefiniteDescriptions() {
    }

    static List<Phrase> find(List<Token> tokens) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!"DT".equals(t.pos()) || !DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int head = -1;
            int j = i + 1;
            while (j < tokens.size() && j - i <= MAX_TOKENS && tokens.get(j).sentence() == t.sentence()) {
                String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
                if (pos.startsWith("NN")) {
                    head = j;
                } else if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("RB") || pos.equals("HYPH")
                        || pos.equals("CD"))) {
                    break;
                }
                j++;
            }
            if (head >= 0) {
                out.add(new Phrase(i, head));
                i = head;
            }
        }
        return out;
    }
}
