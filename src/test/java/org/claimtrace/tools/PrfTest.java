package org.claimtrace.tools;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrfTest {

    @Test
    void scoresAndUndefinedCases() {
        Prf p = new Prf(3, 1, 2);
        assertEquals(0.75, p.precision(), 1e-9);
        assertEquals(0.6, p.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), 1e-9);
        assertEquals(new Prf(4, 1, 7), p.plus(new Prf(1, 0, 5)));
        assertEquals(0.0, new Prf(0, 0, 4).precision());
        assertEquals(0.0, new Prf(0, 3, 0).recall());
        assertEquals(0.0, Prf.ZERO.f1());
        assertEquals("P 0.750  R 0.600  F1 0.667  (tp 3, fp 1, fn 2)", p.toString());
    }
}
