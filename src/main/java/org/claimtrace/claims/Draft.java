package org.claimtrace.claims;

import org.claimtrace.claims.lexicon.CueLexicon;
/**
 * A claim found by a pattern, before analysis: token ranges are half-open document token indices.
 *
 * @param cueBegin      first token of the cue
 * @param cueEnd        token after the cue (a light verb and its noun form one cue: "expressed a commitment")
 * @param cueLemma      lemma of the cue ("assure", "express commitment", "according to")
 * @param sourceHead    head token of the source, or -1 when there is none in the sentence
 * @param source        token range of the source, or null
 * @param content       token range of the content
 * @param contentHead   the content's main predicate (for modality and structure), or -1
 * @param addressee     token range of the addressee, or null
 * @param scope         the token conditions and negation are looked for under (the cue or its light verb)
 * @param pattern       which pattern found it, for confidence and debugging
 * @param continuation  quotations after the cue's sentence that continue the content, or empty
 */
record Draft(int sentence, int cueBegin, int cueEnd, String cueLemma, CueLexicon.Entry entry, int sourceHead,
             int[] source, int[] content, int contentHead, int[] addressee, int scope, String pattern,
             double confidence, java.util.List<int[]> continuation) {

    Draft(int sentence, int cueBegin, int cueEnd, String cueLemma, CueLexicon.Entry entry, int sourceHead,
          int[] source, int[] content, int contentHead, int[] addressee, int scope, String pattern, double confidence) {
        this(sentence, cueBegin, cueEnd, cueLemma, entry, sourceHead, source, content, contentHead, addressee, scope,
                pattern, confidence, java.util.List.of());
    }

    Draft withContinuation(int[] quote) {
        java.util.List<int[]> more = new java.util.ArrayList<>(continuation);
        more.add(quote);
        return new Draft(sentence, cueBegin, cueEnd, cueLemma, entry, sourceHead, source, content, contentHead,
                addressee, scope, pattern, confidence, java.util.List.copyOf(more));
    }

    Draft withContent(int[] newContent) {
        return new Draft(sentence, cueBegin, cueEnd, cueLemma, entry, sourceHead, source, newContent, contentHead,
                addressee, scope, pattern, confidence, continuation);
    }

    Draft withSource(int head, int[] range) {
        return new Draft(sentence, cueBegin, cueEnd, cueLemma, entry, head, range, content, contentHead,
                addressee, scope, pattern, confidence, continuation);
    }
}
