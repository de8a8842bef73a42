package org.claimtrace.text;

import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds quotations in a token sequence: double quotes (straight and curly), and single curly or straight
 * quotes when they enclose more than one word (so that apostrophes and scare-quoted single words are not
 * taken for quotations). A quotation may run over several sentences.
 */
public final class Quotes {
    private static final Set<String> OPEN_DOUBLE = Set.of("“", "«", "„", "``");
    private static final Set<String> CLOSE_DOUBLE = Set.of("”", "»");
    /** Marks that open a quotation when none is open and close it otherwise: " and the '' of some wires. */
    private static final Set<String> STRAIGHT = Set.of("\"", "''");
    private static final Set<String> SINGLE_OPEN = Set.of("‘", "`");
    private static final Set<String> SINGLE_CLOSE = Set.of("’");
    /** A quotation longer than this many tokens is assumed to be a mismatched mark. */
    static final int MAX_TOKENS = 250;

    /** A quotation: the tokens of the quote marks (inclusive) and whether it spans several sentences. */
    public record Quote(int openToken, int closeToken) {
        /** First token inside the marks. */
        public int innerBegin() {
            return openToken + 1;
        }

        /** Token after the last inside the marks. */
        public int innerEnd() {
            return closeToken;
        }

        public boolean contains(int token) {
            return token > openToken && token < closeToken;
        }
    }

    private Quotes() {
    }

    public static boolean isQuote(String t) {
        return STRAIGHT.contains(t) || t.equals("'") || OPEN_DOUBLE.contains(t) || CLOSE_DOUBLE.contains(t)
                || SINGLE_OPEN.contains(t) || SINGLE_CLOSE.contains(t);
    }

    public static List<Quote> find(List<Token> tokens) {
        return find(tokens, t -> false);
    }

    /**
     * The quotations of a token sequence.
     *
     * @param paragraphStart whether a token begins a new line of the text. A quotation over several paragraphs
     *                       has an opening mark on each paragraph and one closing mark at the end: an opening mark
     *                       that begins a line while a quotation is open continues it. A quotation still open at
     *                       the end of a paragraph whose next paragraph does not begin with an opening mark was
     *                       never closed, and is dropped rather than run into the next speaker's words.
     */
    public static List<Quote> find(List<Token> tokens, IntPredicate paragraphStart) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean lineStart = i > 0 && paragraphStart.test(i);
            if (open >= 0 && lineStart) {
                boolean continues = OPEN_DOUBLE.contains(t) || STRAIGHT.contains(t);
                if (continues) {
                    continue; // the paragraph's opening mark continues the quotation
                }
                open = -1; // unbalanced: the quotation was never closed
            }
            boolean isOpen = OPEN_DOUBLE.contains(t) || STRAIGHT.contains(t) && open < 0;
            boolean isClose = CLOSE_DOUBLE.contains(t) || STRAIGHT.contains(t) && open >= 0;
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
            } else if (open >= 0 && OPEN_DOUBLE.contains(t) && !straight) {
                open = i; // a second curly opening mark: the first was stray
            }
        }
        out.addAll(singleQuotes(tokens, out));
        out.sort((a, b) -> Integer.compare(a.openToken(), b.openToken()));
        return out;
    }

    /** Single-quoted passages of at least three words that lie outside double quotes. */
    private static List<Quote> singleQuotes(List<Token> tokens, List<Quote> doubles) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean inside = false;
            for (Quote q : doubles) {
                inside |= q.contains(i);
            }
            if (inside) {
                continue;
            }
            if (open < 0 && (SINGLE_OPEN.contains(t) || t.equals("'") && i + 1 < tokens.size()
                    && tokens.get(i + 1).begin() == tokens.get(i).end())) {
                open = i;
            } else if (open >= 0 && (SINGLE_CLOSE.contains(t) || t.equals("'"))) {
                if (i - open > 3) {
                    out.add(new Quote(open, i));
                }
                open = -1;
            } else if (open >= 0 && i - open > MAX_TOKENS) {
                open = -1;
            }
        }
        return out;
    }
}
