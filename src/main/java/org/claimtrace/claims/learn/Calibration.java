package org.claimtrace.claims.learn;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;

/**
 * Maps a relation's raw score (from the taggers' marginal probabilities) to the probability that it is right,
 * by histogram binning fitted on held-out training documents: each bin's value is the share of correct
 * relations among those whose raw score fell in it, made non-decreasing across bins.
 *
 * @param upper  the upper edge of each bin (the last is 1)
 * @param value  the calibrated probability of each bin
 */
public record Calibration(double[] upper, double[] value) {
    /** No calibration: the raw score is returned. */
    public static final Calibration IDENTITY = new Calibration(new double[0], new double[0]);

    public Calibration {
        if (upper.length != value.length) {
            throw new IllegalArgumentException("calibration bins and values differ in number");
        }
        upper = upper.clone();
        value = value.clone();
    }

    public double apply(double raw) {
        if (upper.length == 0) {
            return raw;
        }
        for (int i = 0; i < upper.length; i++) {
            if (raw <= upper[i]) {
                return value[i];
            }
        }
        return value[value.length - 1];
    }

    /**
     * Fits equal-frequency bins to (raw score, correct) pairs, then pools adjacent bins that break the order.
     */
    public static Calibration fit(double[] raw, boolean[] correct, int bins) {
        int n = raw.length;
        if (n == 0) {
            return IDENTITY;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        int k = Math.max(1, Math.min(bins, n));
        double[] sum = new double[k];
        double[] count = new double[k];
        double[] upper = new double[k];
        for (int r = 0; r < n; r++) {
            int b = (int) ((long) r * k / n);
            sum[b] += correct[order[r]] ? 1 : 0;
            count[b]++;
            upper[b] = raw[order[r]];
        }
        // pool adjacent violators: merge a bin into the previous one while its rate is lower
        double[] rate = new double[k];
        double[] weight = new double[k];
        double[] edge = new double[k];
        int m = 0;
        for (int b = 0; b < k; b++) {
            rate[m] = sum[b] / count[b];
            weight[m] = count[b];
            edge[m] = upper[b];
            while (m > 0 && rate[m - 1] > rate[m]) {
                double w = weight[m - 1] + weight[m];
                rate[m - 1] = (rate[m - 1] * weight[m - 1] + rate[m] * weight[m]) / w;
                weight[m - 1] = w;
                edge[m - 1] = edge[m];
                m--;
            }
            m++;
        }
        double[] u = Arrays.copyOf(edge, m);
        u[m - 1] = 1.0;
        return new Calibration(u, Arrays.copyOf(rate, m));
    }

    void write(ObjectOutputStream o) throws IOException {
        o.writeInt(upper.length);
        for (int i = 0; i < upper.length; i++) {
            o.writeDouble(upper[i]);
            o.writeDouble(value[i]);
        }
    }

    static Calibration read(ObjectInputStream o) throws IOException {
        int n = o.readInt();
        if (n < 0 || n > 1000) {
            throw new IOException("bad calibration size " + n);
        }
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = o.readDouble();
            v[i] = o.readDouble();
        }
        return new Calibration(u, v);
    }
}
