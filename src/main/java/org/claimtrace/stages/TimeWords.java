package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimtrace.resources.ModelFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that let a sentence hold a time expression without a digit, from {@code time-words.tsv}.
 * Immutable and thread-safe.
 */
public final class TimeWords {
    public static final String FILE = "time-words.tsv";

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

    /** True if a token holds a digit or is a time word (also plural or possessive). */
    public boolean anyIn(List<CoreLabel> tokens) {
        if (words == null) {
            return true;
        }
        for (CoreLabel t : tokens) {
            if (matches(t.word())) {
                return true;
            }
        }
        return false;
    }

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
