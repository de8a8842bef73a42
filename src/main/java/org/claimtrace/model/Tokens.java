package org.claimtrace.model;

import java.util.List;

/** Look-ups over a document's token list. */
public final class Tokens {
    private Tokens() {
    }

    /** Index of the first token that ends after the code point offset (the token at or after it). */
    public static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
