package org.claimtrace.claims.learn;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Histogram calibration: each bin gives the share correct in it, and the map never goes down. */
class CalibrationTest {
    @Test
    void identityReturnsTheRawScore() {
        assertEquals(0.37, Calibration.IDENTITY.apply(0.37), 0);
    }

    @Test
    void anOverconfidentScoreIsPulledDownToItsShareCorrect() {
        // raw scores near 0.9 that are right half the time, and near 0.3 that are never right
        int n = 400;
        double[] raw = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean high = i % 2 == 0;
            raw[i] = high ? 0.9 + i * 1e-5 : 0.3 + i * 1e-5;
            correct[i] = high && i % 4 == 0;
        }
        Calibration c = Calibration.fit(raw, correct, 4);
        assertEquals(0.5, c.apply(0.91), 0.01);
        assertEquals(0.0, c.apply(0.3), 0.01);
    }

    @Test
    void theFittedMapIsMonotone() {
        Random r = new Random(7);
        int n = 1000;
        double[] raw = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            raw[i] = r.nextDouble();
            correct[i] = r.nextDouble() < raw[i] * 0.8;
        }
        Calibration c = Calibration.fit(raw, correct, 10);
        double last = -1;
        for (double x = 0; x <= 1.0; x += 0.01) {
            double y = c.apply(x);
            assertTrue(y >= last, "not monotone at " + x);
            assertTrue(y >= 0 && y <= 1);
            last = y;
        }
        assertEquals(0.8 * 0.95, c.apply(0.99), 0.12);
    }

    @Test
    void noDataMeansNoCalibration() {
        assertEquals(0.42, Calibration.fit(new double[0], new boolean[0], 10).apply(0.42), 0);
    }
}
