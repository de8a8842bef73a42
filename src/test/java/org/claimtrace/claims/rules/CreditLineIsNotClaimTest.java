package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A colon that introduces a list of names makes no claim; a colon before a statement still does. */
class CreditLineIsNotClaimTest {
    private final CreditLineIsNotClaim rule = new CreditLineIsNotClaim();

    private static ClaimDraft colon(int cue, int[] content) {
        return new ClaimDraft(0, cue, cue + 1, cue, null, 0, new int[]{0, 1}, List.of(content), content[0], null, 0.6,
                "model");
    }

    @Test
    void aSourceLineIsDropped() {
        AttributionInput in = ParsedSentence.of("Sources/NNS/-1/root", ":/:/0/punct", "Al/NNP/3/compound",
                "Jazeera/NNP/0/appos", ",/,/5/punct", "Reuters/NNP/3/conj", ",/,/8/punct", "The/DT/8/det",
                "Guardian/NNP/3/conj");
        assertEquals(List.of(), rule.apply(in, List.of(colon(1, new int[]{2, 9}))));
    }

    @Test
    void aColonBeforeAStatementStays() {
        AttributionInput in = ParsedSentence.of("Clinton/NNP/-1/root", ":/:/0/punct", "Trump/NNP/3/nsubj",
                "lies/VBZ/0/parataxis", ",/,/5/punct", "Sanders/NNP/3/conj");
        ClaimDraft d = colon(1, new int[]{2, 6});
        assertEquals(List.of(d), rule.apply(in, List.of(d)));
    }

    @Test
    void aSingleNameAfterAColonStays() {
        AttributionInput in = ParsedSentence.of("Winner/NN/-1/root", ":/:/0/punct", "Clinton/NNP/0/appos");
        ClaimDraft d = colon(1, new int[]{2, 3});
        assertEquals(List.of(d), rule.apply(in, List.of(d)));
    }

    @Test
    void aVerbCueIsNotTouched() {
        AttributionInput in = ParsedSentence.of("Ann/NNP/1/nsubj", "named/VBD/-1/root", "Reuters/NNP/1/obj",
                ",/,/4/punct", "AP/NNP/2/conj");
        ClaimDraft d = colon(1, new int[]{2, 5});
        assertEquals(List.of(d), rule.apply(in, List.of(d)));
    }
}
