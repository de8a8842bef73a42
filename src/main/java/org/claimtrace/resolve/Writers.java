package org.claimtrace.resolve;

import org.claimtrace.model.Token;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Who "I" is outside any quotation: the writer of a letter or an opinion piece, when the document names them
 * the way such pieces do. A letter ends in a line that is only its writer's name ("Michael Pravica."), so an
 * "I" belongs to the first such signature after it; an opinion piece ends in a line about its author
 * ("Charlotte Meehan is playwright-in-residence at Wheaton College."), which names the "I" of the whole piece
 * when no signature follows it.
 */
final class Writers {
    /** How many sentences a signature may come after the "I" it signs. */
    static final int SIGNATURE_REACH = 40;
    private static final Set<String> BIO_VERBS = Set.of("is", "was", "writes", "teaches", "works", "serves");

    private final List<Token> tokens;
    private final IntPredicate personAt;
    /** For each sentence, whether it is a signature; and the first token of each sentence. */
    private final boolean[] signature;
    private final int[] sentenceStart;
    private final int author;

    /** {@code personAt} tells whether a token lies inside the name of a person. */
    Writers(List<Token> tokens, IntPredicate personAt) {
        this.tokens = tokens;
        this.personAt = personAt;
        int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        this.sentenceStart = new int[sentences + 1];
        java.util.Arrays.fill(sentenceStart, -1);
        for (Token t : tokens) {
            if (sentenceStart[t.sentence()] < 0) {
                sentenceStart[t.sentence()] = t.index();
            }
        }
        sentenceStart[sentences] = tokens.size();
        this.signature = new boolean[sentences];
        for (int s = 0; s < sentences; s++) {
            signature[s] = isSignature(s);
        }
        this.author = sentences == 0 ? -1 : bioSubject(sentences - 1);
    }

    /** The first token of the writer's name for a first-person pronoun outside quotations, or -1. */
    int writer(int pronoun) {
        int from = tokens.get(pronoun).sentence();
        for (int s = from + 1; s < signature.length && s - from <= SIGNATURE_REACH; s++) {
            if (signature[s]) {
                return sentenceStart[s];
            }
        }
        return author;
    }

    /** A sentence that is a person's name alone, with at most a final stop. */
    private boolean isSignature(int s) {
        int b = sentenceStart[s];
        int e = end(s);
        if (b < 0 || e <= b) {
            return false;
        }
        if (tokens.get(e - 1).text().equals(".")) {
            e--;
        }
        if (e - b < 2) {
            return false; // one word is no signature: "Obama."
        }
        for (int i = b; i < e; i++) {
            if (!personAt.test(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the person a closing author line is about ("Jane Roe is a professor ..."), or -1. */
    private int bioSubject(int s) {
        int b = sentenceStart[s];
        int e = end(s);
        if (b < 0 || !personAt.test(b)) {
            return -1;
        }
        int i = b;
        while (i < e && personAt.test(i)) {
            i++;
        }
        return i - b >= 2 && i < e && BIO_VERBS.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT)) ? b : -1;
    }

    private int end(int s) {
        int e = s + 1;
        while (e < sentenceStart.length && sentenceStart[e] < 0) {
            e++;
        }
        return sentenceStart[e];
    }
}
