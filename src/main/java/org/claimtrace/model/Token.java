package org.claimtrace.model;

/**
 * One token. Offsets are Unicode code point indices into the document text, end-exclusive.
 *
 * @param sentence index of the sentence holding the token
 * @param pos      Penn Treebank tag, null before tagging
 * @param lemma    lemma, null before lemmatization
 */
public record Token(int index, int begin, int end, String text, int sentence, String pos, String lemma) {
    public Token withTags(String newPos, String newLemma) {
        return new Token(index, begin, end, text, sentence, newPos, newLemma);
    }
}
