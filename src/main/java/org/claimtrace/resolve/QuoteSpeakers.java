package org.claimtrace.resolve;

import org.claimtrace.model.Token;
import org.claimtrace.text.Quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speaker of a quotation, from the words around it: "'...,' she said", "'...,' said Ms Hewitt",
 * "Ms Hewitt said: '...'", "'...', Hewitt told reporters". Gives the speaker's head token (a name's last word
 * or a pronoun); the caller maps it to an entity. First-person pronouns inside the quotation refer to the
 * speaker.
 */
final class QuoteSpeakers {
    static final Set<String> SPEECH_LEMMAS = Set.of("say", "add", "tell", "claim", "insist", "explain", "ask",
            "warn", "write", "argue", "state", "declare", "announce", "reply", "respond", "continue", "note",
            "admit", "suggest", "urge", "conclude", "comment", "recall", "agree", "acknowledge", "report");

    private QuoteSpeakers() {
    }

    /**
     * The speaker's head token, or -1.
     *
     * @param isReferring whether a token is part of a name or a pronoun
     */
    static int speaker(List<Token> tokens, Quotes.Quote q, java.util.function.IntPredicate isReferring) {
        int n = tokens.size();
        // after the quotation: [,] SPEAKER VERB | [,] VERB SPEAKER
        int i = q.closeToken() + 1;
        if (i < n && tokens.get(i).text().equals(",")) {
            i++;
        }
        if (i < n && isSpeech(tokens.get(i))) {
            int s = i + 1;
            int last = -1;
            while (s < n && isReferring.test(s)) {
                last = s++;
            }
            if (last >= 0) {
                return last;
            }
        } else if (i < n && isReferring.test(i)) {
            int s = i;
            while (s + 1 < n && isReferring.test(s + 1)) {
                s++;
            }
            if (s + 1 < n && isSpeech(tokens.get(s + 1))) {
                return s;
            }
        }
        // before it: SPEAKER VERB [:|,] QUOTE
        int j = q.openToken() - 1;
        if (j >= 0 && (tokens.get(j).text().equals(":") || tokens.get(j).text().equals(","))) {
            j--;
        }
        if (j >= 1 && isSpeech(tokens.get(j)) && isReferring.test(j - 1)) {
            return j - 1;
        }
        // "Enders said in a statement, '...'", "Jobs resigned in a letter stating, '...'": a speech verb a few
        // words before, and the nearest subject before it
        int sentence = tokens.get(q.openToken()).sentence();
        for (int v = q.openToken() - 1; v >= 0 && q.openToken() - v <= REACH && tokens.get(v).sentence() == sentence; v--) {
            if (isSpeech(tokens.get(v))) {
                return subjectBefore(tokens, v, isReferring);
            }
        }
        return -1;
    }

    /** How far before a quotation its speech verb may be. */
    static final int REACH = 10;

    private static int subjectBefore(List<Token> tokens, int verb, java.util.function.IntPredicate isReferring) {
        int sentence = tokens.get(verb).sentence();
        for (int r = verb - 1; r >= 0 && tokens.get(r).sentence() == sentence; r--) {
            if (!isReferring.test(r)) {
                continue;
            }
            int b = r;
            while (b - 1 >= 0 && tokens.get(b - 1).sentence() == sentence && isReferring.test(b - 1)) {
                b--;
            }
            if (PronounResolver.isSubjectLike(tokens, b, r + 1)) {
                return r;
            }
            r = b;
        }
        return -1;
    }

    /** Common inflected forms, for tokens without lemmas. */
    private static final java.util.Map<String, String> FORMS = java.util.Map.of("said", "say", "says", "say",
            "told", "tell", "tells", "tell", "added", "add", "adds", "add", "wrote", "write", "writes", "write");

    static boolean isSpeech(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null ? FORMS.getOrDefault(w, w) : t.lemma().toLowerCase(Locale.ROOT);
        return t.pos() != null && t.pos().startsWith("VB") && SPEECH_LEMMAS.contains(lemma);
    }
}
