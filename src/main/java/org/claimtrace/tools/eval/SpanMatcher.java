package org.claimtrace.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of gold spans to predicted spans: a maximum-cardinality bipartite matching
 * (Kuhn's augmenting paths), so each gold and each prediction is used at most once.
 * Among a gold span's candidates, identical extents are tried first, then larger overlaps,
 * then earlier predictions; this decides which pairs are formed when several maximum matchings exist.
 */
public final class SpanMatcher {

    /** A matched pair, as indices into the gold and predicted lists. */
    public record Pair(int gold, int predicted) {
    }

    private SpanMatcher() {
    }

    /**
     * Matches gold to predicted spans.
     *
     * @param compatible whether a (gold, predicted) pair may be matched
     * @return the matched pairs, in gold order
     */
    public static List<Pair> match(List<LabeledSpan> gold, List<LabeledSpan> predicted,
                                   BiPredicate<LabeledSpan, LabeledSpan> compatible) {
        List<List<Integer>> candidates = new ArrayList<>(gold.size());
        for (LabeledSpan g : gold) {
            List<Integer> c = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (compatible.test(g, predicted.get(p))) {
                    c.add(p);
                }
            }
            c.sort(Comparator.<Integer>comparingInt(p -> g.sameExtent(predicted.get(p)) ? 0 : 1)
                    .thenComparing(p -> -g.overlapLength(predicted.get(p)))
                    .thenComparingInt(p -> p));
            candidates.add(c);
        }
        int[] goldOfPredicted = new int[predicted.size()];
        Arrays.fill(goldOfPredicted, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, candidates, goldOfPredicted, new boolean[predicted.size()]);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < goldOfPredicted.length; p++) {
            if (goldOfPredicted[p] >= 0) {
                pairs.add(new Pair(goldOfPredicted[p], p));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] goldOfPredicted, boolean[] seen) {
        for (int p : candidates.get(g)) {
            if (seen[p]) {
                continue;
            }
            seen[p] = true;
            if (goldOfPredicted[p] < 0 || augment(goldOfPredicted[p], candidates, goldOfPredicted, seen)) {
                goldOfPredicted[p] = g;
                return true;
            }
        }
        return false;
    }
}
