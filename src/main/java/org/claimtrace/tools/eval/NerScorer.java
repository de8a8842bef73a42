package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores predicted named-entity spans against gold spans, document by document.
 * <p>
 * A prediction is a true positive when it is matched one-to-one to a gold span of the same type:
 * with {@link Matching#EXACT} (the standard CoNLL criterion) the offsets must be identical,
 * with {@link Matching#OVERLAP} they must share at least one code point.
 * Predictions outside the document's scored regions are ignored. Precision, recall and F1 are given
 * per type and micro-averaged over all types.
 * <p>
 * Usage: {@code new NerScorer().add(doc, predictions)...result()}. Not thread-safe.
 */
public final class NerScorer {

    /** How spans must line up to match. */
    public enum Matching {
        /** Same begin and end offsets (and same type). */
        EXACT,
        /** At least one shared code point (and same type). */
        OVERLAP
    }

    private final Matching matching;
    private final Set<String> types;
    private final Map<String, int[]> counts = new HashMap<>();

    /** Exact matching over every type that occurs. */
    public NerScorer() {
        this(Matching.EXACT, null);
    }

    /**
     * @param matching how spans must line up
     * @param types    the types to score; spans of other types are dropped from gold and predictions.
     *                 {@code null} scores every type.
     */
    public NerScorer(Matching matching, Set<String> types) {
        this.matching = matching;
        this.types = types == null ? null : Set.copyOf(types);
    }

    /** Scores {@code predicted} against one gold document's spans. */
    public static NerResult score(GoldDocument gold, List<LabeledSpan> predicted) {
        return new NerScorer().add(gold, predicted).result();
    }

    /** Adds one document's counts. Returns this scorer. */
    public NerScorer add(GoldDocument gold, List<LabeledSpan> predicted) {
        List<LabeledSpan> g = gold.scoredOnly(gold.spans()).stream().filter(this::wanted).toList();
        List<LabeledSpan> p = gold.scoredOnly(predicted).stream().filter(this::wanted).toList();
        BiPredicate<LabeledSpan, LabeledSpan> sameType = (a, b) -> a.type().equals(b.type());
        BiPredicate<LabeledSpan, LabeledSpan> compatible = matching == Matching.EXACT
                ? sameType.and(LabeledSpan::sameExtent)
                : sameType.and(LabeledSpan::overlaps);
        boolean[] goldMatched = new boolean[g.size()];
        boolean[] predMatched = new boolean[p.size()];
        for (SpanMatcher.Pair pair : SpanMatcher.match(g, p, compatible)) {
            goldMatched[pair.gold()] = true;
            predMatched[pair.predicted()] = true;
            count(g.get(pair.gold()).type())[0]++;
        }
        for (int i = 0; i < p.size(); i++) {
            if (!predMatched[i]) {
                count(p.get(i).type())[1]++;
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!goldMatched[i]) {
                count(g.get(i).type())[2]++;
            }
        }
        return this;
    }

    /** Scores accumulated so far. */
    public NerResult result() {
        Map<String, Prf> byType = new HashMap<>();
        Prf micro = Prf.ZERO;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            Prf prf = new Prf(c[0], c[1], c[2]);
            byType.put(e.getKey(), prf);
            micro = micro.plus(prf);
        }
        if (types != null) {
            for (String t : types) {
                byType.putIfAbsent(t, Prf.ZERO);
            }
        }
        return new NerResult(byType, micro);
    }

    private boolean wanted(LabeledSpan s) {
        return types == null || types.contains(s.type());
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }
}
