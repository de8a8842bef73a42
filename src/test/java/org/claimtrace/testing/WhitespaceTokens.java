package org.claimtrace.testing;

import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A model-free tokenizing stage for tests: whitespace-separated tokens in code points, one sentence. */
public final class WhitespaceTokens {
    /** The stage: reads TEXT, writes TOKENS and SENTENCES. */
    public static final FakeStage STAGE = FakeStage.of("tok", Set.of(Layer.TEXT), Set.of(Layer.TOKENS, Layer.SENTENCES),
            WhitespaceTokens::tokenize);

    private WhitespaceTokens() {
    }

    private static void tokenize(Doc d) {
        List<Token> tokens = new ArrayList<>();
        int n = d.index().length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(d.span(i, i + 1).codePointAt(0))) {
                i++;
            }
            int b = i;
            while (i < n && !Character.isWhitespace(d.span(i, i + 1).codePointAt(0))) {
                i++;
            }
            if (i > b) {
                tokens.add(new Token(tokens.size(), b, i, d.span(b, i), 0, null, null));
            }
        }
        d.setTokens(tokens);
        d.setSentences(tokens.isEmpty() ? List.of() : List.of(new Sentence(0, tokens.get(0).begin(),
                tokens.get(tokens.size() - 1).end(), 0, tokens.size())));
    }
}
