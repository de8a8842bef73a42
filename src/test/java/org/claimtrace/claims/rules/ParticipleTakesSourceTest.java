package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ParticipleTakesSourceTest {
    // Ann said the plan failed , adding that Bob knew .
    // 0   1    2   3    4      5 6      7    8   9    10
    private static final AttributionInput ADDING = ParsedSentence.of("Ann/NNP/1/nsubj", "said/VBD/-1/root",
            "the/DT/3/det", "plan/NN/4/nsubj", "failed/VBD/1/ccomp", ",/,/1/punct", "adding/VBG/1/advcl",
            "that/IN/9/mark", "Bob/NNP/9/nsubj", "knew/VBD/6/ccomp", "././1/punct");

    private static ClaimDraft said() {
        return new ClaimDraft(0, 1, 2, 1, null, 0, new int[]{0, 1}, List.of(new int[]{2, 5}), 4, null, 0.9, "model");
    }

    private static ClaimDraft adding(int sourceHead, int[] source) {
        return new ClaimDraft(0, 6, 7, 6, null, sourceHead, source, List.of(new int[]{7, 10}), 9, null, 0.8, "model");
    }

    @Test
    void aSubjectlessParticipleTakesTheSourceOfTheCueItHangsOff() {
        List<ClaimDraft> out = new ParticipleTakesSource().apply(ADDING, List.of(said(), adding(-1, null)));
        assertArrayEquals(new int[]{0, 1}, out.get(1).source());
    }

    @Test
    void aCueWithItsOwnSourceKeepsIt() {
        List<ClaimDraft> out = new ParticipleTakesSource().apply(ADDING, List.of(said(), adding(8, new int[]{8, 9})));
        assertArrayEquals(new int[]{8, 9}, out.get(1).source());
    }

    @Test
    void noGoverningCueNoSource() {
        List<ClaimDraft> out = new ParticipleTakesSource().apply(ADDING, List.of(adding(-1, null)));
        assertFalse(out.get(0).hasSource());
    }
}
