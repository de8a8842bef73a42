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

    Quotations(List<Token> tokens) {
        this.quotes = Quotes.find(tokens);
        this.around = new Quotes.Quote[tokens.size()];
        for (Quotes.Quote q : quotes) {
            for (int i = q.innerBegin(); i < q.innerEnd(); i++) {
                around[i] = q;
            }
        }
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
