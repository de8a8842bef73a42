package org.claimtrace.tools.eval.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reliability table matches each prediction once, bins by confidence, and reports the calibration gap. */
class ReliabilityTest {
    private static final String TEXT = "Ann said it will rain. Bob said it will snow.";

    private static Attribution rel(int sb, int se, int cb, int ce, int tb, int te) {
        return new Attribution(SpanSet.of(sb, se), SpanSet.of(cb, ce), SpanSet.of(tb, te));
    }

    @Test
    void eachGoldRelationIsMatchedOnceAndTheBinsCountCorrectShares() {
        Attribution ann = rel(0, 3, 4, 8, 9, 21);
        Attribution bob = rel(23, 26, 27, 31, 32, 44);
        AttributionDoc gold = new AttributionDoc("d", TEXT, List.of(ann, bob));
        List<Reliability.Scored> pred = List.of(
                new Reliability.Scored(ann, 0.95),           // right
                new Reliability.Scored(ann, 0.91),           // the same gold relation again: wrong
                new Reliability.Scored(rel(23, 26, 27, 31, 0, 3), 0.15)); // content wrong
        List<Reliability.Outcome> outcomes = Reliability.outcomes(List.of(gold), List.of(pred));
        assertEquals(List.of(true, false, false), outcomes.stream().map(Reliability.Outcome::correct).toList());
        List<Reliability.Bin> bins = Reliability.table(outcomes);
        assertEquals(2, bins.size());
        assertEquals(1, bins.get(0).count());
        assertEquals(0.0, bins.get(0).shareCorrect(), 0);
        assertEquals(2, bins.get(1).count());
        assertEquals(0.5, bins.get(1).shareCorrect(), 0);
        assertEquals(0.93, bins.get(1).meanConfidence(), 1e-9);
        // (1/3)|0.15 - 0| + (2/3)|0.93 - 0.5|
        assertEquals(0.15 / 3 + 2 * 0.43 / 3, Reliability.expectedCalibrationError(bins), 1e-9);
    }
}
