package org.claimtrace.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence and the date its relative expressions are anchored to.
 *
 * @param anchor          the document date, or null when unknown (then anchored rules do nothing)
 * @param documentQuarter the quarter the whole document reports on ({@link ReportingQuarter#ofDocument}), or null
 */
public record Context(List<Word> words, LocalDate anchor, ReportingQuarter.Quarter documentQuarter) {

    public Context {
        words = List.copyOf(words);
    }

    /** A sentence of a document that reports on no quarter. */
    public Context(List<Word> words, LocalDate anchor) {
        this(words, anchor, null);
    }

    public Word word(int i) {
        return words.get(i);
    }

    /** The lower-cased word at {@code i}, or "" outside the sentence. */
    public String lower(int i) {
        return i >= 0 && i < words.size() ? words.get(i).lower() : "";
    }

    public int size() {
        return words.size();
    }

    public String text(Timex t) {
        return t.text(words);
    }

    public Tense tense(Timex t) {
        return TenseGuesser.guess(words, t.first(), t.end());
    }
}
