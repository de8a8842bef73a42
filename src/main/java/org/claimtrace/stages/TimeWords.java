package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimtrace.resources.ModelFiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that let a sentence hold a time expression without a digit, from {@code time-words.tsv}, and the
 * windows of a sentence around them that the time-expression tagger reads. Immutable and thread-safe.
 */
public final class TimeWords {
    public static final String FILE = "time-words.tsv";

    /**
     * Tokens read before and after a token that opens a window, at most. Six before covers the longest lead-in of
     * a time expression on Wikinews and MEANTIME ("by the end of this year"), and a tagged sentence reads only the
     * ones that can lead an expression ({@link ExpressionLead}); three after cover its longest tail ("10:00 am to
     * 7:00 pm" has digits that open windows of their own).
     */
    static final int BEFORE = 6;
    static final int AFTER = 3;

    /** Every sentence is read: for a models directory without {@value #FILE}. */
    public static final TimeWords EVERY_SENTENCE = new TimeWords(null);

    private final Set<String> words;

    /** @param words lowercase words; null to accept every sentence */
    public TimeWords(Set<String> words) {
        this.words = words == null ? null : Set.copyOf(words);
    }

    /** The words of {@value #FILE}, or {@link #EVERY_SENTENCE} when the models directory has no such file. */
    public static TimeWords load(ModelFiles files) {
        if (!files.exists(FILE)) {
            return EVERY_SENTENCE;
        }
        Set<String> out = new HashSet<>();
        for (ModelFiles.Row row : files.readTsv(FILE)) {
            out.add(row.cell(0).strip().toLowerCase(Locale.ROOT));
        }
        return new TimeWords(out);
    }

    /**
     * The token ranges {from, to} of a sentence that can hold a time expression: up to {@value #BEFORE} tokens
     * before (see {@link #leadStart}) and {@value #AFTER} after every token that {@linkplain #opens opens} a
     * window, overlapping or touching ranges joined, in order; the whole sentence when every sentence is read.
     */
    public List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> out = new ArrayList<>();
        if (words == null) {
            if (!tokens.isEmpty()) {
                out.add(new int[]{0, tokens.size()});
            }
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!opens(tokens.get(i))) {
                continue;
            }
            int from = leadStart(tokens, i);
            int to = Math.min(tokens.size(), i + AFTER + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                out.add(new int[]{from, to});
            }
        }
        return out;
    }

    /**
     * Where a window opened by token {@code opener} begins: up to {@value #BEFORE} tokens before it, over tokens that
     * can lead a time expression ({@link ExpressionLead}) or that open windows themselves, and over a name's words
     * only while nothing but names and "of" lies between them and the opener. Tokens without a part of speech are
     * all taken.
     */
    private int leadStart(List<CoreLabel> tokens, int opener) {
        int limit = Math.max(0, opener - BEFORE);
        int from = opener;
        boolean namesOnly = true;
        while (from > limit) {
            CoreLabel t = tokens.get(from - 1);
            if (namesOnly && ExpressionLead.isNameWord(t)) {
                from--;
            } else if (opens(t) || ExpressionLead.canLead(t)) {
                namesOnly &= ExpressionLead.joinsNames(t); // "the Fourth of July"
                from--;
            } else {
                break;
            }
        }
        return from;
    }

    /**
     * True if a token can start a time expression: it {@linkplain #matches matches}, is not a modal verb ("may")
     * and is not a number that cannot be a time ({@link NumberTokens}).
     */
    boolean opens(CoreLabel token) {
        String word = token.word();
        return matches(word) && !"MD".equals(token.tag()) && !NumberTokens.cannotBeATime(word);
    }

    /** True if a token holds a digit or is a time word (also plural or possessive). */
    boolean matches(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        if (token.indexOf('-') > 0) { // hyphenated words stay whole: "three-month", "third-quarter"
            for (String part : token.split("-")) {
                if (!part.isEmpty() && isWord(part)) {
                    return true;
                }
            }
        }
        return isWord(token);
    }

    private boolean isWord(String token) {
        String w = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return words.contains(w) || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1));
    }
}
