package org.claimtrace.tools.eval.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reliability table: predicted relations grouped by their confidence, beside the share of them that match a
 * gold relation (overlap match of cue, source and content). A calibrated confidence sits close to the share
 * correct in every bin.
 */
public final class Reliability {
    /** One predicted relation: its confidence and whether it matched gold. */
    public record Outcome(double confidence, boolean correct) {
    }

    /** One bin: [low, high), the relations in it, their mean confidence and the share correct. */
    public record Bin(double low, double high, int count, double meanConfidence, double shareCorrect) {
    }

    private Reliability() {
    }

    /** Each predicted relation of each document, matched one-to-one against the gold relations. */
    public static List<Outcome> outcomes(List<AttributionDoc> gold, List<List<Scored>> predicted) {
        List<Outcome> out = new ArrayList<>();
        for (int d = 0; d < gold.size(); d++) {
            AttributionDoc g = gold.get(d);
            List<Fragment> tokens = AttributionScorer.tokenize(g.text());
            List<Attribution> golds = new ArrayList<>();
            for (Attribution a : g.attributions()) {
                if (!a.content().isEmpty()) {
                    golds.add(a);
                }
            }
            boolean[] used = new boolean[golds.size()];
            List<Scored> preds = new ArrayList<>(predicted.get(d));
            preds.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
            for (Scored p : preds) {
                boolean hit = false;
                for (int i = 0; i < golds.size() && !hit; i++) {
                    if (!used[i] && AttributionScorer.overlapMatch(golds.get(i), p.attribution(), tokens)) {
                        used[i] = true;
                        hit = true;
                    }
                }
                out.add(new Outcome(p.confidence(), hit));
            }
        }
        return out;
    }

    /** A predicted relation with its confidence. */
    public record Scored(Attribution attribution, double confidence) {
    }

    /** Ten bins of width 0.1. */
    public static List<Bin> table(List<Outcome> outcomes) {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            double lo = b / 10.0;
            double hi = (b + 1) / 10.0;
            int n = 0;
            int correct = 0;
            double sum = 0;
            for (Outcome o : outcomes) {
                boolean in = o.confidence() >= lo && (o.confidence() < hi || b == 9 && o.confidence() <= 1.0);
                if (in) {
                    n++;
                    sum += o.confidence();
                    correct += o.correct() ? 1 : 0;
                }
            }
            if (n > 0) {
                bins.add(new Bin(lo, hi, n, sum / n, (double) correct / n));
            }
        }
        return bins;
    }

    /** The expected calibration error: the count-weighted mean gap between confidence and share correct. */
    public static double expectedCalibrationError(List<Bin> bins) {
        int total = bins.stream().mapToInt(Bin::count).sum();
        double e = 0;
        for (Bin b : bins) {
            e += (double) b.count() / Math.max(1, total) * Math.abs(b.meanConfidence() - b.shareCorrect());
        }
        return e;
    }

    public static String toMarkdown(List<Bin> bins) {
        StringBuilder sb = new StringBuilder("| confidence | relations | mean confidence | share correct |\n|---|---:|---:|---:|\n");
        for (Bin b : bins) {
            sb.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |%n", b.low(), b.high(), b.count(),
                    b.meanConfidence(), b.shareCorrect()));
        }
        sb.append(String.format(Locale.ROOT, "%nexpected calibration error: %.3f%n", expectedCalibrationError(bins)));
        return sb.toString();
    }
}
