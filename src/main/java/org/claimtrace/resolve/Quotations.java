package org.claimtrace.resolve;

import org.claimtrace.model.Token;
import org.claimtrace.text.Quotes;

import java.util.List;

/**
 * The quotations of a document ({@link Quotes}, the finder the claims use too), indexed for resolution: which
 * quotation holds a token, and which one closes just before it.
 */
final class Quotations {
    private final List<Quotes.Quote> quotes;
    private final Quotes.Quote[] around;

    /** For each sentence, how many sentences before it hold words outside any quotation. */
    private final int[] narrativeBefore;

    Quotations(List<Token> tokens) {
        this.quotes = Quotes.find(tokens);
        this.around = new Quotes.Quote[tokens.size()];
        for (Quotes.Quote q : quotes) {
            for (int i = q.innerBegin(); i < q.innerEnd(); i++) {
                around[i] = q;
            }
        }
        int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        boolean[] narrative = new boolean[sentences];
        for (Token t : tokens) {
            if (around[t.index()] == null && t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                narrative[t.sentence()] = true;
            }
        }
        this.narrativeBefore = new int[sentences + 1];
        for (int s = 0; s < sentences; s++) {
            narrativeBefore[s + 1] = narrativeBefore[s] + (narrative[s] ? 1 : 0);
        }
    }

    /**
     * The distance in sentences from sentence {@code from} forward to a later sentence {@code to}: one, plus the
     * sentences between them that hold words outside a quotation. In "'A,' she said. 'B. C. D,' she added.",
     * the second "she" is one sentence from the first.
     */
    int narrativeDistance(int from, int to) {
        if (from >= to || to >= narrativeBefore.length) {
            return to - from;
        }
        return 1 + narrativeBefore[to] - narrativeBefore[from + 1];
    }

    /** The quotation holding the token, or null. */
    Quotes.Quote around(int token) {
        return token >= 0 && token < around.length ? around[token] : null;
    }

    List<Quotes.Quote> all() {
        return quotes;
    }

    /** The quotation that closes at {@code token} or just before it (across a comma), or null. */
    Quotes.Quote closingBefore(int token) {
        for (Quotes.Quote q : quotes) {
            if (q.closeToken() < token && token - q.closeToken() <= 2) {
                return q;
            }
        }
        return null;
    }
}
