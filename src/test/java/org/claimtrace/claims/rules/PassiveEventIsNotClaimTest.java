package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "The reform was approved" reports an event; "The reform will fail, it was claimed" and "Ann was quoted" stay. */
class PassiveEventIsNotClaimTest {
    private final PassiveEventIsNotClaim rule = new PassiveEventIsNotClaim();

    private static ClaimDraft draft(int cueBegin, int cueEnd, int cueHead, int[] source, int[] content) {
        return new ClaimDraft(0, cueBegin, cueEnd, cueHead, null, source == null ? -1 : source[0], source,
                List.of(content), content[0], null, 0.6, "model");
    }

    private static final AttributionInput APPROVED = ParsedSentence.of("The/DT/1/det", "reform/NN/3/nsubj:pass",
            "was/VBD/3/aux:pass", "approved/VBN/-1/root");

    @Test
    void aPassiveWithANounPhraseBeforeItIsAnEvent() {
        assertEquals(List.of(), rule.apply(APPROVED, List.of(draft(2, 4, 3, null, new int[]{0, 2}))));
    }

    @Test
    void aSourceKeepsTheClaim() {
        ClaimDraft d = draft(2, 4, 3, new int[]{0, 1}, new int[]{1, 2});
        assertEquals(List.of(d), rule.apply(APPROVED, List.of(d)));
    }

    @Test
    void aClauseBeforeThePassiveIsStillAClaim() {
        AttributionInput in = ParsedSentence.of("taxes/NNS/1/nsubj", "rise/VBP/-1/root", ",/,/5/punct",
                "it/PRP/5/nsubj:pass", "was/VBD/5/aux:pass", "claimed/VBN/1/parataxis");
        ClaimDraft d = draft(4, 6, 5, null, new int[]{0, 2});
        assertEquals(List.of(d), rule.apply(in, List.of(d)));
    }

    @Test
    void anActiveCueIsNotTouched() {
        AttributionInput in = ParsedSentence.of("The/DT/1/det", "reform/NN/2/nsubj", "failed/VBD/-1/root");
        ClaimDraft d = draft(2, 3, 2, null, new int[]{0, 2});
        assertEquals(List.of(d), rule.apply(in, List.of(d)));
    }
}
