package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class AddresseeOutOfContentTest {
    // He assured President Putin that his government would honour the agreements .
    // 0  1       2         3     4    5   6          7     8      9   10         11
    private static final AttributionInput ASSURED = ParsedSentence.of("He/PRP/1/nsubj", "assured/VBD/-1/root",
            "President/NNP/3/compound", "Putin/NNP/1/obj", "that/IN/8/mark", "his/PRP$/6/nmod:poss",
            "government/NN/8/nsubj", "would/MD/8/aux", "honour/VB/1/ccomp", "the/DT/10/det",
            "agreements/NNS/8/obj", "././1/punct") ;

    private static ClaimDraft draft(AttributionInput in, int[] content, String lemma) {
        return new ClaimDraft(0, 1, 2, 1, ParsedSentence.LEXICON.verb(lemma), 0, new int[]{0, 1}, List.of(content), 8,
                null, 0.9, "model");
    }

    @Test
    void theObjectOfAssureLeavesTheContentAndBecomesTheAddressee() {
        ClaimDraft d = draft(ASSURED, new int[]{2, 11}, "assure");
        ClaimDraft out = new AddresseeOutOfContent().apply(ASSURED, List.of(d)).get(0);
        assertArrayEquals(new int[]{4, 11}, out.contentRuns().get(0));
        assertArrayEquals(new int[]{2, 4}, out.addressee());
    }

    @Test
    void aContentThatStartsAtTheClauseIsLeftAlone() {
        ClaimDraft d = draft(ASSURED, new int[]{4, 11}, "assure");
        assertSame(d, new AddresseeOutOfContent().apply(ASSURED, List.of(d)).get(0));
    }

    @Test
    void theObjectOfAVerbWithoutTheAddresseeFlagStays() {
        ClaimDraft d = draft(ASSURED, new int[]{2, 11}, "say");
        ClaimDraft out = new AddresseeOutOfContent().apply(ASSURED, List.of(d)).get(0);
        assertArrayEquals(new int[]{2, 11}, out.contentRuns().get(0));
        assertNull(out.addressee());
    }
}
