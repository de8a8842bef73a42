package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Quotations of a token sequence, for resolution: double quotes (straight, curly, {@code ``...''}) and single
 * quotes around more than three words. The same marks as the claim extractor's quotation finder; kept here
 * because entity resolution runs before claims.
 */
final class Quotations {
    private static final Set<String> OPEN_DOUBLE = Set.of("“", "«", "„", "``");
    private static final Set<String> CLOSE_DOUBLE = Set.of("”", "»");
    private static final Set<String> STRAIGHT = Set.of("\"", "''");
    private static final Set<String> SINGLE_OPEN = Set.of("‘", "`");
    private static final Set<String> SINGLE_CLOSE = Set.of("’");
    static final int MAX_TOKENS = 250;

    /** Quote marks at tokens {@code open} and {@code close}, inclusive. */
    record Quote(int open, int close) {
        boolean contains(int token) {
            return token > open && token < close;
        }
    }

    private final List<Quote> quotes;
    private final Quote[] around;

    Quotations(List<Token> tokens) {
        this.quotes = find(tokens);
        this.around = new Quote[tokens.size()];
        for (Quote q : quotes) {
            for (int i = q.open() + 1; i < q.close(); i++) {
                around[i] = q;
            }
        }
    }

    /** The quotation holding the token, or null. */
    Quote around(int token) {
        return token >= 0 && token < around.length ? around[token] : null;
    }

    List<Quote> all() {
        return quotes;
    }

    /** The quotation that closes at {@code token} or just before it (across a comma), or null. */
    Quote closingBefore(int token) {
        for (Quote q : quotes) {
            if (q.close() < token && token - q.close() <= 2) {
                return q;
            }
        }
        return null;
    }

    static List<Quote> find(List<Token> tokens) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean isOpen = OPEN_DOUBLE.contains(t) || STRAIGHT.contains(t) && open < 0;
            boolean isClose = CLOSE_DOUBLE.contains(t) || STRAIGHT.contains(t) && open >= 0 && straight
                    || t.equals("''") && open >= 0;
            if (open >= 0 && i - open > MAX_TOKENS) {
                open = -1;
            }
            if (open < 0 && isOpen) {
                open = i;
                straight = STRAIGHT.contains(t);
            } else if (open >= 0 && isClose) {
                if (i - open > 1) {
                    out.add(new Quote(open, i));
                }
                open = -1;
            } else if (open >= 0 && OPEN_DOUBLE.contains(t)) {
                open = i;
                straight = false;
            }
        }
        List<Quote> singles = new ArrayList<>();
        int so = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            final int at = i;
            if (out.stream().anyMatch(q -> q.contains(at))) {
                continue;
            }
            if (so < 0 && (SINGLE_OPEN.contains(t) || t.equals("'") && i + 1 < tokens.size()
                    && tokens.get(i + 1).begin() == tokens.get(i).end())) {
                so = i;
            } else if (so >= 0 && (SINGLE_CLOSE.contains(t) || t.equals("'"))) {
                if (i - so > 3) {
                    singles.add(new Quote(so, i));
                }
                so = -1;
            } else if (so >= 0 && i - so > MAX_TOKENS) {
                so = -1;
            }
        }
        out.addAll(singles);
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }
}
