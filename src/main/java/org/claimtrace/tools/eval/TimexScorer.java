package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import java.util.List;
import java.util.Objects;

/**
 * Scores predicted time expressions against gold TIMEX3 spans with the TempEval-3 measures
 * described in {@link TimexResult}.
 * <p>
 * Strict and relaxed matchings are computed independently, each one-to-one ({@link SpanMatcher});
 * the type of a span plays no part in matching. Type and value are compared on the relaxed pairs.
 * Predictions outside the document's scored regions are ignored.
 * Usage: {@code new TimexScorer().add(doc, predictions)...result()}. Not thread-safe.
 */
public final class TimexScorer {

    private Prf strict = Prf.ZERO;
    private Prf relaxed = Prf.ZERO;
    private int typeCorrect;
    private int valueCorrect;

    /** Scores {@code predicted} against one gold document's spans. */
    public static TimexResult score(GoldDocument gold, List<LabeledSpan> predicted) {
        return new TimexScorer().add(gold, predicted).result();
    }

    /** Adds one document's counts. Returns this scorer. */
    public TimexScorer add(GoldDocument gold, List<LabeledSpan> predicted) {
        List<LabeledSpan> g = gold.scoredOnly(gold.spans());
        List<LabeledSpan> p = gold.scoredOnly(predicted);
        int strictTp = SpanMatcher.match(g, p, LabeledSpan::sameExtent).size();
        strict = strict.plus(new Prf(strictTp, p.size() - strictTp, g.size() - strictTp));
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(g, p, LabeledSpan::overlaps);
        relaxed = relaxed.plus(new Prf(pairs.size(), p.size() - pairs.size(), g.size() - pairs.size()));
        for (SpanMatcher.Pair pair : pairs) {
            LabeledSpan gs = g.get(pair.gold());
            LabeledSpan ps = p.get(pair.predicted());
            if (gs.type().equals(ps.type())) {
                typeCorrect++;
            }
            if (Objects.equals(gs.value(), ps.value())) {
                valueCorrect++;
            }
        }
        return this;
    }

    /** Scores accumulated so far. */
    public TimexResult result() {
        return new TimexResult(strict, relaxed, typeCorrect, valueCorrect);
    }
}
