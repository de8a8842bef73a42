package org.claimtrace.tools;

import java.util.Locale;

/**
 * True positive, false positive and false negative counts with the derived scores: the one precision/recall/F1
 * type of every scorer (entities, time expressions, attribution, the cue trainer). Every score is 0 when its
 * denominator is 0.
 */
public record Prf(int tp, int fp, int fn) {

    /** All counts zero. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** tp / (tp + fp). */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn). */
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Element-wise sum. */
    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** "P 0.750  R 0.600  F1 0.667  (tp 3, fp 1, fn 2)". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                precision(), recall(), f1(), tp, fp, fn);
    }
}
