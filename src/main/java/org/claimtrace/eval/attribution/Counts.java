package org.claimtrace.eval.attribution;

/** True positives, false positives and false negatives, with the derived scores. */
public record Counts(int tp, int fp, int fn) {

    /** All zero. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    /** Element-wise sum. */
    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** tp / (tp + fp); 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 0 when there is no gold item. */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
