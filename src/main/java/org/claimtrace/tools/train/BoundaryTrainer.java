package org.claimtrace.tools.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.BoundaryFeatures;
import org.claimtrace.claims.learn.ContentBoundaries;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.DetectedCue;
import org.claimtrace.claims.learn.RoleAssignment;
import org.claimtrace.claims.learn.RoleLabeller;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Trains the content boundary classifiers ({@link ContentBoundaries}) on documents the role tagger did not see:
 * for each gold cue, the tagger's content, and every candidate start and end near the tagger's, labelled by
 * whether it is the gold content's. Deterministic.
 */
public final class BoundaryTrainer {
    /**
     * One gold cue's candidates: the features of each, which one is gold (-1 when none is) and which one the
     * tagger chose; then the same as tokens, with the cue's first token.
     */
    public record Decision(List<List<String>> candidates, int gold, int tagged, int goldToken, int taggedToken,
                           int cueBegin) {
    }

    /** The start and end decisions of a set of documents. */
    public record Decisions(List<Decision> starts, List<Decision> ends) {
    }

    private BoundaryTrainer() {
    }

    public static Decisions decisions(List<AlignedDoc> docs, RoleLabeller labeller) {
        List<Decision> starts = new ArrayList<>();
        List<Decision> ends = new ArrayList<>();
        for (AlignedDoc d : docs) {
            AttributionInput in = d.input();
            List<CueSpan> cues = AttributionTrainer.goldCues(d);
            int k = 0;
            for (AlignedDoc.Relation r : d.relations()) {
                if (!r.hasCue()) {
                    continue;
                }
                CueSpan cue = cues.get(k++);
                RoleAssignment a = labeller.label(in, new DetectedCue(cue, 1), RoleLabeller.otherCues(in.size(), cues, cue));
                BitSet gold = r.content();
                if (a.content().isEmpty() || gold.isEmpty()) {
                    continue;
                }
                List<int[]> runs = a.contentRuns();
                int b0 = runs.get(0)[0];
                int e1 = runs.get(runs.size() - 1)[1];
                int goldStart = gold.nextSetBit(0);
                int goldEnd = gold.previousSetBit(gold.length()) + 1;
                int[] sr = ContentBoundaries.startCandidates(in, a);
                List<List<String>> sf = new ArrayList<>();
                for (int p = sr[0]; p < sr[1]; p++) {
                    sf.add(BoundaryFeatures.start(in, a, p, b0));
                }
                starts.add(new Decision(sf, goldStart >= sr[0] && goldStart < sr[1] ? goldStart - sr[0] : -1, b0 - sr[0],
                        goldStart, b0, cue.begin()));
                int[] er = ContentBoundaries.endCandidates(in, a);
                List<List<String>> ef = new ArrayList<>();
                for (int p = er[0]; p < er[1]; p++) {
                    ef.add(BoundaryFeatures.end(in, a, p, e1));
                }
                ends.add(new Decision(ef, goldEnd >= er[0] && goldEnd < er[1] ? goldEnd - er[0] : -1, e1 - er[0],
                        goldEnd, e1, cue.begin()));
            }
        }
        return new Decisions(starts, ends);
    }

    /** A logistic regression over every candidate of the decisions whose gold is among their candidates. */
    public static LinearClassifier<String, String> train(List<Decision> decisions, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (Decision d : decisions) {
            if (d.gold() < 0) {
                continue;
            }
            for (int i = 0; i < d.candidates().size(); i++) {
                data.add(new BasicDatum<>(d.candidates().get(i), i == d.gold() ? ContentBoundaries.YES : ContentBoundaries.NO));
            }
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(1e-4, false, sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    /** The index of the candidate the classifier prefers. */
    public static int choose(LinearClassifier<String, String> c, Decision d) {
        int best = d.tagged();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.candidates().size(); i++) {
            double s = ContentBoundaries.score(c, d.candidates().get(i));
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }
}
