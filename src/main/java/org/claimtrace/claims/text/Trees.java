package org.claimtrace.claims.text;

import org.claimtrace.text.Quotes;

import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;

import java.util.List;
import java.util.Set;

/** Span arithmetic over dependency trees: subtrees as token ranges, trimmed of edge punctuation. */
public final class Trees {
    private static final Set<String> EDGE_PUNCT = Set.of(",", ".", ";", ":", "-", "--", "—", "–", "...", "…");

    private Trees() {
    }

    /** [first, last+1) of the subtree of {@code head}. */
    public static int[] subtree(DependencyParse p, int head) {
        int lo = head;
        int hi = head;
        for (int t = p.tokenBegin(); t < p.tokenEnd(); t++) {
            if (p.dominates(head, t)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return new int[]{lo, hi + 1};
    }

    /** The subtree of {@code head} without the subtree of {@code cut}, as the larger contiguous side. */
    public static int[] subtreeWithout(DependencyParse p, int head, int cut) {
        int[] all = subtree(p, head);
        int[] hole = subtree(p, cut);
        if (hole[1] <= all[0] || hole[0] >= all[1]) {
            return all;
        }
        int left = hole[0] - all[0];
        int right = all[1] - hole[1];
        return left >= right ? new int[]{all[0], hole[0]} : new int[]{hole[1], all[1]};
    }

    /**
     * Removes punctuation from both ends, a quotation mark that has no partner inside the range, and a
     * dateline ("GENEVA —") at the start.
     */
    public static int[] trim(List<Token> tokens, int[] range) {
        int b = range[0];
        int e = range[1];
        for (int i = b; i < Math.min(e - 1, b + 5); i++) {
            String t = tokens.get(i).text();
            if (t.equals("—") || t.equals("--") || t.equals("–")) {
                String first = tokens.get(b).text();
                if (first.equals(first.toUpperCase(java.util.Locale.ROOT)) && first.length() > 1) {
                    b = i + 1;
                }
                break;
            }
        }
        int depth = 0;
        int open = -1;
        for (int i = b; i < e; i++) {
            String t = tokens.get(i).text();
            if (t.equals("(")) {
                depth++;
                open = depth == 1 ? i : open;
            } else if (t.equals(")") && depth > 0) {
                depth--;
            }
        }
        if (depth > 0 && open >= b) {
            e = open; // a bracket opened but not closed inside the range: cut it off
        }
        while (b < e && tokens.get(b).text().equals(")")) {
            b++;
        }
        boolean changed = true;
        while (changed && b < e) {
            changed = false;
            while (b < e && EDGE_PUNCT.contains(tokens.get(b).text())) {
                b++;
                changed = true;
            }
            while (e > b && EDGE_PUNCT.contains(tokens.get(e - 1).text())) {
                e--;
                changed = true;
            }
            if (b < e && Quotes.isQuote(tokens.get(b).text()) && !hasQuoteAfter(tokens, b + 1, e)) {
                b++;
                changed = true;
            }
            if (e > b && Quotes.isQuote(tokens.get(e - 1).text()) && !hasQuoteBefore(tokens, b, e - 1)) {
                e--;
                changed = true;
            }
        }
        return new int[]{b, e};
    }

    private static boolean hasQuoteAfter(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Quotes.isQuote(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuoteBefore(List<Token> tokens, int from, int to) {
        return hasQuoteAfter(tokens, from, to);
    }
}
