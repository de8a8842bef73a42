package org.claimtrace.tools.train;

import org.claimtrace.tools.Prf;
import org.claimtrace.tools.eval.attribution.AttributionResult;
import org.claimtrace.tools.eval.attribution.AttributionResult.Matching;
import org.claimtrace.tools.eval.attribution.AttributionResult.Target;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content fallback is chosen by the mean overlap F1 of the four targets, and exact matches do not count. */
class AttributionTrainerTest {
    private static AttributionResult result(Prf cue, Prf source, Prf content, Prf relation, Prf exact) {
        return new AttributionResult(1, 10, 10, Map.of(
                Target.CUE, Map.of(Matching.OVERLAP, cue, Matching.EXACT, exact),
                Target.SOURCE, Map.of(Matching.OVERLAP, source, Matching.EXACT, exact),
                Target.CONTENT, Map.of(Matching.OVERLAP, content, Matching.EXACT, exact),
                Target.RELATION, Map.of(Matching.OVERLAP, relation, Matching.EXACT, exact)));
    }

    @Test
    void theChoiceReadsTheMeanOfTheFourOverlapF1s() {
        Prf perfect = new Prf(10, 0, 0);
        Prf half = new Prf(5, 5, 5);
        assertEquals((1 + 0.5 + 1 + 0.5) / 4, AttributionTrainer.meanOverlapF1(result(perfect, half, perfect, half, Prf.ZERO)), 1e-12);
        // the exact cells do not move it
        assertEquals(AttributionTrainer.meanOverlapF1(result(half, half, half, half, Prf.ZERO)),
                AttributionTrainer.meanOverlapF1(result(half, half, half, half, perfect)), 1e-12);
        assertTrue(AttributionTrainer.meanOverlapF1(result(perfect, half, half, half, Prf.ZERO))
                > AttributionTrainer.meanOverlapF1(result(half, half, half, half, Prf.ZERO)));
    }

    @Test
    void theThresholdsAreDescendingAndValid() {
        double previous = 1;
        for (double t : AttributionTrainer.FALLBACK_THRESHOLDS) {
            assertTrue(t > 0 && t < previous, "thresholds go down from 1: " + t);
            previous = t;
        }
    }
}
