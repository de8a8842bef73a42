package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;
import org.claimtrace.resources.ModelFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One hand-parsed sentence for rule tests: words with their head (token index, -1 for the root) and relation. */
public final class ParsedSentence {
    public static final CueLexicon LEXICON = new CueLexicon(List.of(
            new ModelFiles.Row(1, new String[]{"assure", "verb", "commitment", "addressee"}),
            new ModelFiles.Row(2, new String[]{"say", "verb", "assertion", "object"})));

    private ParsedSentence() {
    }

    /** @param words "word/POS/head/relation" items */
    public static AttributionInput of(String... words) {
        return of(LEXICON, words);
    }

    /**
     * @param lexicon the cue lexicon the sentence is read with
     * @param words   "word/POS/head/relation" or "word/POS/head/relation/lemma" items (the lemma is the lower-case
     *                word when not given)
     */
    public static AttributionInput of(CueLexicon lexicon, String... words) {
        List<Token> tokens = new ArrayList<>();
        int[] heads = new int[words.length];
        String[] rels = new String[words.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String[] f = words[i].split("/");
            if (i > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(f[0]);
            tokens.add(new Token(i, b, text.length(), f[0], 0, f[1], f.length > 4 ? f[4] : f[0].toLowerCase()));
            heads[i] = Integer.parseInt(f[2]);
            rels[i] = f[3];
        }
        Sentence s = new Sentence(0, 0, text.length(), 0, tokens.size());
        return new AttributionInput(text.toString(), tokens, List.of(s),
                Map.of(0, new DependencyParse(0, 0, heads, rels)), List.of(), lexicon, WordClasses.NONE);
    }
}
