package org.claimtrace.claims.learn;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fallback gives a cue without content the run of likely content tokens around the most likely one, never
 * crossing the cue, the source or another cue, and leaves every other decision alone.
 */
class ContentFallbackTest {
    /** Window of 10 tokens from token 0; the cue is token 1, the source token 0. */
    private static final CueSpan CUE = new CueSpan(1, 2, 1, 0);

    private static RoleAssignment withoutContent(double[] marginals, boolean source) {
        BitSet s = new BitSet();
        if (source) {
            s.set(0);
        }
        return new RoleAssignment(new DetectedCue(CUE, 0.9), s, new BitSet(), source ? 0.8 : 0, 0, marginals);
    }

    private static boolean[] noOtherCue() {
        return new boolean[10];
    }

    @Test
    void takesTheRunAroundThePeakAboveTheThreshold() {
        double[] m = {0.0, 0.0, 0.1, 0.35, 0.45, 0.4, 0.2, 0.31, 0.3, 0.0};
        RoleAssignment out = new ContentFallback(0.3).apply(withoutContent(m, true), noOtherCue());
        BitSet expected = new BitSet();
        expected.set(3, 6);
        assertEquals(expected, out.content());
        // the source and its weight stay; the probability mixes the source's mean and the run's marginals
        assertEquals(1, out.source().cardinality());
        assertEquals((0.8 + 0.35 + 0.45 + 0.4) / 4, out.probability(), 1e-9);
    }

    @Test
    void neverCrossesTheCueOrAnotherCue() {
        double[] m = {0.0, 0.9, 0.5, 0.6, 0.5, 0.5, 0.5, 0.0, 0.0, 0.0};
        boolean[] other = noOtherCue();
        other[5] = true;
        RoleAssignment out = new ContentFallback(0.3).apply(withoutContent(m, false), other);
        BitSet expected = new BitSet();
        expected.set(2, 5);
        assertEquals(expected, out.content());
        assertEquals((0.5 + 0.6 + 0.5) / 3, out.probability(), 1e-9);
    }

    @Test
    void leavesAContentTheTaggerFoundAndProposesNoneBelowTheThreshold() {
        double[] m = {0.0, 0.0, 0.2, 0.25, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0};
        RoleAssignment empty = withoutContent(m, true);
        assertSame(empty, new ContentFallback(0.3).apply(empty, noOtherCue()));
        assertTrue(new ContentFallback(0.2).apply(empty, noOtherCue()).content().get(3));

        BitSet content = new BitSet();
        content.set(6);
        RoleAssignment found = new RoleAssignment(new DetectedCue(CUE, 0.9), new BitSet(), content, 0.7, 0,
                new double[]{0, 0, 0.9, 0.9, 0.9, 0.9, 0.6, 0, 0, 0});
        assertSame(found, new ContentFallback(0.3).apply(found, noOtherCue()));
        assertSame(empty, ContentFallback.NONE.apply(empty, noOtherCue()));
    }

    @Test
    void refusesAThresholdThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new ContentFallback(0));
        assertThrows(IllegalArgumentException.class, () -> new ContentFallback(Double.NaN));
    }
}
