package org.claimtrace.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds test sentences from "word/TAG" strings, so that the rules can be tested without a tagger. */
final class Sentences {
    /** Wednesday 2008-09-17, the anchor of most tests. */
    static final LocalDate WEDNESDAY = LocalDate.of(2008, 9, 17);

    private Sentences() {
    }

    /** "Apple/NNP announced/VBD Friday/NNP" → words; a word without a tag gets none. */
    static Context sentence(LocalDate anchor, String tagged) {
        List<Word> words = new ArrayList<>();
        for (String token : tagged.split(" ")) {
            int slash = token.lastIndexOf('/');
            words.add(slash > 0 ? new Word(token.substring(0, slash), token.substring(slash + 1))
                    : new Word(token, null));
        }
        return new Context(words, anchor);
    }

    /** The index of the first word equal to {@code word}. */
    static int at(Context c, String word) {
        for (int i = 0; i < c.size(); i++) {
            if (c.word(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    /** An expression over {@code n} words starting at {@code first}, with SUTime's type and value. */
    static Timex span(Context c, String first, int n, TimexType type, String value) {
        int i = at(c, first);
        return new Timex(i, i + n, type, value);
    }
}
