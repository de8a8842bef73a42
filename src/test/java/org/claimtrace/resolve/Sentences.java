package org.claimtrace.resolve;

import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;

import java.util.List;

/** Helpers for resolution tests on hand-tagged sentences. */
final class Sentences {
    private Sentences() {
    }

    static Mention name(List<Token> toks, int from, int to, EntityType type) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(toks.get(i).text());
        }
        return new Mention(null, toks.get(from).begin(), toks.get(to - 1).end(), sb.toString(),
                toks.get(from).sentence(), MentionKind.NAME, type, null, "corenlp", 0.9, from, to);
    }

    /** The index of the n-th (0-based) token with this text. */
    static int at(List<Token> toks, String text, int n) {
        int seen = 0;
        for (Token t : toks) {
            if (t.text().equals(text) && seen++ == n) {
                return t.index();
            }
        }
        throw new AssertionError(text + " #" + n);
    }
}
