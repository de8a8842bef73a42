package org.claimtrace.tools.eval.attribution;

import org.claimtrace.tools.Prf;
import org.claimtrace.tools.eval.attribution.AttributionResult.Matching;
import org.claimtrace.tools.eval.attribution.AttributionResult.Target;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributionScorerTest {

    @Test
    void tokenizerSplitsOnWhitespaceAndPunctuationAndSkipsEmoji() {
        // "🌊 It's 5pm." -> It | s | 5pm   (code points: emoji=0, space=1)
        assertEquals(List.of(new Fragment(2, 4), new Fragment(5, 6), new Fragment(7, 10)),
                AttributionScorer.tokenize("🌊 It's 5pm."));
    }

    @Test
    void greedyOverlapUsesEachGoldSpanOnce() {
        String text = "They said the claim and a review.";
        // gold contents "the claim" (10-19) and "a review" (24-32); one prediction covering both
        AttributionDoc gold = new AttributionDoc("d", text, List.of(
                new Attribution(SpanSet.of(0, 4), SpanSet.of(5, 9), SpanSet.of(10, 19)),
                new Attribution(SpanSet.of(0, 4), SpanSet.of(5, 9), SpanSet.of(24, 32))));
        AttributionDoc pred = new AttributionDoc("d", text, List.of(
                new Attribution(SpanSet.of(0, 4), SpanSet.of(5, 9), SpanSet.of(10, 32))));
        Map<Target, Map<Matching, Prf>> c = AttributionScorer.scoreDoc(gold, pred);
        // content: 1 TP (the claim, tie broken by gold order), 0 FP, 1 FN
        assertEquals(new Prf(1, 0, 1), c.get(Target.CONTENT).get(Matching.OVERLAP));
        // source and cue are shared by both gold relations: one distinct span each
        assertEquals(new Prf(1, 0, 0), c.get(Target.SOURCE).get(Matching.EXACT));
        assertEquals(new Prf(1, 0, 0), c.get(Target.CUE).get(Matching.EXACT));
        assertEquals(new Prf(0, 1, 2), c.get(Target.RELATION).get(Matching.EXACT));
        assertEquals(new Prf(1, 0, 1), c.get(Target.RELATION).get(Matching.OVERLAP));
    }

    @Test
    void nullSourceMatchesOnlyNullSource() {
        String text = "It is said that taxes rise.";
        Attribution unsourced = new Attribution(null, SpanSet.of(3, 10), SpanSet.of(11, 26));
        Attribution sourced = new Attribution(SpanSet.of(0, 2), SpanSet.of(3, 10), SpanSet.of(11, 26));
        AttributionDoc gold = new AttributionDoc("d", text, List.of(unsourced));
        Map<Target, Map<Matching, Prf>> same =
                AttributionScorer.scoreDoc(gold, new AttributionDoc("d", text, List.of(unsourced)));
        assertEquals(new Prf(1, 0, 0), same.get(Target.RELATION).get(Matching.EXACT));
        assertEquals(new Prf(0, 0, 0), same.get(Target.SOURCE).get(Matching.EXACT));
        Map<Target, Map<Matching, Prf>> differ =
                AttributionScorer.scoreDoc(gold, new AttributionDoc("d", text, List.of(sourced)));
        assertEquals(new Prf(0, 1, 1), differ.get(Target.RELATION).get(Matching.OVERLAP));
        assertEquals(new Prf(0, 1, 0), differ.get(Target.SOURCE).get(Matching.OVERLAP));
    }
}
