package org.claimtrace.claims;

import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides cheaply, from tokens and lemmas alone, which sentences can carry a claim and so are worth a
 * dependency parse: a cue word from the lexicon, a quotation mark, or a modal verb.
 */
public final class ClaimCandidates {
    static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "must", "may", "might", "can",
            "could", "ought", "wo", "'ll");
    private final CueLexicon lexicon;

    public ClaimCandidates(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public boolean worthParsing(List<Token> tokens, Sentence s) {
        for (int i = s.tokenBegin(); i < s.tokenEnd(); i++) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            if (Quotes.isQuote(t.text()) || pos.equals("MD") || MODALS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (pos.startsWith("VB") && lexicon.verb(t.lemma()) != null
                    || pos.startsWith("NN") && lexicon.noun(t.lemma()) != null) {
                return true;
            }
            if (t.text().equalsIgnoreCase("according")) {
                return true;
            }
        }
        return false;
    }
}
