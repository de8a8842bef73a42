package org.claimtrace.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimexScorerTest {

    private static final GoldDocument DOC = new GoldDocument("d", "x".repeat(100), null, List.of(
            new LabeledSpan(0, 10, "DATE", "2021-05-03"),          // G1
            new LabeledSpan(20, 30, "DURATION", "P2Y"),            // G2
            new LabeledSpan(40, 50, "DATE", "2021-05"),            // G3
            new LabeledSpan(60, 70, "TIME", "2021-05-03T10:00")),  // G4
            null);

    private static final List<LabeledSpan> PREDICTED = List.of(
            new LabeledSpan(0, 10, "DATE", "2021-05-03"),  // P1 exact, type and value right
            new LabeledSpan(2, 8, "DATE", "2021-05-03"),   // P2 inside G1, but G1 is taken by P1
            new LabeledSpan(18, 25, "DURATION", "P2Y"),    // P3 overlaps G2, type and value right
            new LabeledSpan(45, 55, "TIME", "2021-05"),    // P4 overlaps G3, wrong type, right value
            new LabeledSpan(80, 90, "DATE", "2021"));      // P5 nothing there

    @Test
    void tempEval3CountsByHand() {
        TimexResult r = TimexScorer.score(DOC, PREDICTED);
        // strict: TP P1; FP P2..P5; FN G2..G4                 -> 1/4/3
        assertEquals(new Prf(1, 4, 3), r.strict());
        // relaxed (one-to-one): TP P1-G1, P3-G2, P4-G3; FP P2, P5; FN G4 -> 3/2/1
        assertEquals(new Prf(3, 2, 1), r.relaxed());
        // type right for P1, P3; value right for P1, P3, P4
        assertEquals(2, r.typeCorrect());
        assertEquals(3, r.valueCorrect());

        double relaxedF1 = 2 * 0.6 * 0.75 / (0.6 + 0.75); // P = 3/5, R = 3/4 -> 2/3
        assertEquals(2.0 / 3, relaxedF1, 1e-9);
        assertEquals(relaxedF1, r.relaxed().f1(), 1e-9);
        assertEquals(2.0 / 3, r.typeAccuracy(), 1e-9);
        assertEquals(1.0, r.valueAccuracy(), 1e-9);
        assertEquals(2.0 / 3 * relaxedF1, r.typeF1(), 1e-9);
        assertEquals(relaxedF1, r.valueF1(), 1e-9);
        assertEquals(0.6, r.valuePrecision(), 1e-9);
        assertEquals(0.75, r.valueRecall(), 1e-9);
        assertTrue(r.toMarkdown().contains("| relaxed | 3 | 2 | 1 | 0.600 | 0.750 | 0.667 |"), r.toMarkdown());
    }

    @Test
    void valueErrorsLowerValueF1Only() {
        TimexResult r = TimexScorer.score(DOC, List.of(new LabeledSpan(0, 10, "DATE", "2021-05-04")));
        // 1 relaxed and strict TP, 0 FP, 3 FN; value wrong.
        assertEquals(new Prf(1, 0, 3), r.relaxed());
        assertEquals(1.0, r.typeAccuracy(), 1e-9);
        assertEquals(0.0, r.valueAccuracy(), 1e-9);
        assertEquals(0.0, r.valueF1(), 1e-9);
        assertEquals(0.4, r.typeF1(), 1e-9); // 1.0 x F1(P=1, R=0.25) = 0.4
    }

    @Test
    void noMatchesGivesZeroAccuracy() {
        TimexResult r = new TimexScorer().result();
        assertEquals(0.0, r.valueAccuracy());
        assertEquals(0.0, r.valueF1());
    }
}
