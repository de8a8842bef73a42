package org.claimtrace.claims.rules;

import org.claimtrace.claims.lexicon.CueLexicon;
import java.util.List;

/**
 * A claim as token positions, before its record is built. Ranges are half-open document token indices.
 *
 * @param cueBegin    first token of the cue
 * @param cueEnd      token after the cue
 * @param cueHead     the cue's main word (for its lemma, its lexicon entry, conditions under it)
 * @param entry       the cue's lexicon entry, or null for a cue outside the lexicon
 * @param sourceHead  the head token of the source, or -1 when there is no source
 * @param source      the source's token range, or null
 * @param contentRuns the content's runs of consecutive tokens, in text order (a quotation interrupted by
 *                    "she said" has two)
 * @param contentHead the content's main predicate (for modality and structure), or -1
 * @param addressee   the addressee's token range, or null
 * @param confidence  the probability that the claim is right
 * @param origin      what found it: "model" or the name of a rule
 */
public record ClaimDraft(int sentence, int cueBegin, int cueEnd, int cueHead, CueLexicon.Entry entry, int sourceHead,
                         int[] source, List<int[]> contentRuns, int contentHead, int[] addressee, double confidence,
                         String origin) {
    public ClaimDraft {
        contentRuns = List.copyOf(contentRuns);
        if (contentRuns.isEmpty()) {
            throw new IllegalArgumentException("a claim needs a content");
        }
    }

    /** From the first content token to the end of the last run. */
    public int[] contentExtent() {
        return new int[]{contentRuns.get(0)[0], contentRuns.get(contentRuns.size() - 1)[1]};
    }

    public boolean hasSource() {
        return source != null && sourceHead >= 0;
    }

    public ClaimDraft withContent(List<int[]> runs, int head) {
        return new ClaimDraft(sentence, cueBegin, cueEnd, cueHead, entry, sourceHead, source, runs, head, addressee,
                confidence, origin);
    }

    public ClaimDraft withAddressee(int[] range) {
        return new ClaimDraft(sentence, cueBegin, cueEnd, cueHead, entry, sourceHead, source, contentRuns, contentHead,
                range, confidence, origin);
    }

    public ClaimDraft withSource(int head, int[] range) {
        return new ClaimDraft(sentence, cueBegin, cueEnd, cueHead, entry, head, range, contentRuns, contentHead,
                addressee, confidence, origin);
    }
}
