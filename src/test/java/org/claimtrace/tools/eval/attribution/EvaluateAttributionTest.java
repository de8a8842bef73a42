package org.claimtrace.tools.eval.attribution;

import org.claimtrace.tools.Prf;
import org.claimtrace.tools.eval.attribution.AttributionResult.Matching;
import org.claimtrace.tools.eval.attribution.AttributionResult.Target;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand count on the invented corpus (gold/ vs pred/; gamma has no prediction file).
 *
 * <pre>
 * gold  alpha R1 [Harbor officials] said [the pier will reopen in May]
 *             R2 [the mayor] told ["The repairs are finished," + "and the ferries can return."]
 *       beta  R3 [a survey] according to [Residents fear the plan will raise rents]
 *             R4 [The council] denied [the claim]      R5 [The council] promised [a review]
 *       gamma R6 (no source) is widely believed [that the vote was rigged]   (+ anchor-only line, not scored)
 * pred  alpha P1 [officials] said [the pier will reopen in May.]
 *             P2 [the mayor] told ["The repairs are finished,"]
 *       beta  P3 (no source) according to [Residents fear ... rents]
 *             P4 [The council] denied [the claim and promised a review]
 *             P6 [Residents] fear [the plan will raise rents]
 *
 * distinct spans: gold source 4, cue 6, content 6; pred source 4, cue 5, content 5; relations 6 gold, 5 pred
 *
 * EXACT   source : TP the mayor, The council = 2; FP officials, Residents = 2; FN Harbor officials, a survey = 2
 *         cue    : TP said, told, according to, denied = 4; FP fear = 1; FN promised, is widely believed = 2
 *         content: TP Residents... = 1; FP 4 (May., first fragment, the claim and..., the plan...); FN 5
 *         relation: no pair has all three roles equal: TP 0, FP 5, FN 6
 * OVERLAP source : + officials~Harbor officials: TP 3, FP 1 (Residents), FN 1 (a survey)
 *         cue    : same as exact: TP 4, FP 1, FN 2
 *         content: alpha 2 TP; beta greedy: (7) Residents... = Residents..., (5) the plan... skipped (gold used),
 *                  (2,2) tie -> "the claim"; FP the plan..., FN a review; gamma FN: TP 4, FP 1, FN 2
 *         relation: P1~R1, P2~R2, P4~R4 (P4 cue 'denied' does not overlap R5 'promised');
 *                   P3 has no source vs a survey; P6 matches nothing: TP 3, FP 2, FN 3
 * </pre>
 */
class EvaluateAttributionTest {

    @Test
    void handCountedScores() throws IOException {
        AttributionResult r = EvaluateAttribution.run(TestData.dir("gold"), TestData.dir("pred"));
        assertEquals(3, r.documents());
        assertEquals(6, r.goldRelations());
        assertEquals(5, r.predictedRelations());

        assertEquals(new Prf(2, 2, 2), r.get(Target.SOURCE, Matching.EXACT));
        assertEquals(new Prf(4, 1, 2), r.get(Target.CUE, Matching.EXACT));
        assertEquals(new Prf(1, 4, 5), r.get(Target.CONTENT, Matching.EXACT));
        assertEquals(new Prf(0, 5, 6), r.get(Target.RELATION, Matching.EXACT));

        assertEquals(new Prf(3, 1, 1), r.get(Target.SOURCE, Matching.OVERLAP));
        assertEquals(new Prf(4, 1, 2), r.get(Target.CUE, Matching.OVERLAP));
        assertEquals(new Prf(4, 1, 2), r.get(Target.CONTENT, Matching.OVERLAP));
        assertEquals(new Prf(3, 2, 3), r.get(Target.RELATION, Matching.OVERLAP));
    }

    @Test
    void missingPredictionFilesCountAsEmpty() throws IOException {
        AttributionResult r = EvaluateAttribution.run(TestData.dir("gold"), TestData.dir("gold/attributions"));
        // gold/attributions has no <doc>.ann files: everything is a false negative
        assertEquals(new Prf(0, 0, 6), r.get(Target.CONTENT, Matching.EXACT));
    }

    @Test
    void goldAgainstItselfIsPerfect() throws IOException {
        var gold = BratReader.readCorpus(TestData.dir("gold"));
        AttributionResult r = AttributionScorer.score(gold, gold);
        for (Target t : Target.values()) {
            for (Matching m : Matching.values()) {
                Prf c = r.get(t, m);
                assertEquals(0, c.fp() + c.fn(), t + " " + m);
            }
        }
        assertEquals(new Prf(6, 0, 0), r.get(Target.RELATION, Matching.EXACT));
    }

    @Test
    void rendersMarkdownTable() throws IOException {
        String md = EvaluateAttribution.run(TestData.dir("gold"), TestData.dir("pred")).toMarkdown();
        assertTrue(md.contains("| target | exact P |"), md);
        // source exact: P = R = F1 = 2/4
        assertTrue(md.contains("| source | 50.0 | 50.0 | 50.0 | 2/2/2 |"), md);
    }
}
