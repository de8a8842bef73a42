package org.claimtrace.claims.learn;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.BitSet;
import java.util.List;

/**
 * Moves the start and the end of a content that the role tagger found, to the boundary a trained classifier
 * prefers among the positions near the tagger's ({@link #startCandidates}, {@link #endCandidates}). The role
 * tagger decides token by token and often stops one clause too early or too late ("…, but …", a relative
 * clause, the final stop); a classifier that sees both sides of a boundary at once can weigh them. Two
 * logistic regressions (CoreNLP's {@link LinearClassifier}) over {@link BoundaryFeatures}, one for the start and
 * one for the end. Immutable and thread-safe.
 */
public final class ContentBoundaries {
    /** The label of a candidate that is the gold boundary. */
    public static final String YES = "Y";
    public static final String NO = "N";
    /** No start is moved further than this, in tokens. */
    public static final int REACH = 8;
    /**
     * No end is moved further than this, in tokens: the ends the tagger misses lie further away than its starts
     * (a clause after a comma); 16 was chosen over 8 and 30 by cross-validation on the calibration documents.
     */
    public static final int END_REACH = 16;

    /** Leaves every content as the role tagger found it. */
    public static final ContentBoundaries NONE = new ContentBoundaries(null, null);

    private final LinearClassifier<String, String> start;
    private final LinearClassifier<String, String> end;

    public ContentBoundaries(LinearClassifier<String, String> start, LinearClassifier<String, String> end) {
        this.start = start;
        this.end = end;
    }

    public boolean isNone() {
        return start == null;
    }

    /** The assignment with its content's first start and last end where the classifiers put them. */
    public RoleAssignment adjust(AttributionInput in, RoleAssignment a) {
        if (start == null || a.content().isEmpty() || a.contentMarginals().length == 0) {
            return a;
        }
        List<int[]> runs = a.contentRuns();
        int b0 = runs.get(0)[0];
        int e1 = runs.get(runs.size() - 1)[1];
        int b = best(start, in, a, startCandidates(in, a), b0, true);
        int e = best(end, in, a, endCandidates(in, a), e1, false);
        if (b == b0 && e == e1) {
            return a;
        }
        BitSet content = a.content();
        if (b < b0) {
            content.set(b, b0);
        } else {
            content.clear(b0, b);
        }
        if (e > e1) {
            content.set(e1, e);
        } else {
            content.clear(e, e1);
        }
        content.andNot(cueTokens(a));
        return content.isEmpty() ? a : a.withContent(content);
    }

    private static int best(LinearClassifier<String, String> c, AttributionInput in, RoleAssignment a, int[] range,
                            int tagged, boolean isStart) {
        int best = tagged;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int p = range[0]; p < range[1]; p++) {
            double s = score(c, isStart ? BoundaryFeatures.start(in, a, p, tagged) : BoundaryFeatures.end(in, a, p, tagged));
            if (s > bestScore) {
                bestScore = s;
                best = p;
            }
        }
        return best;
    }

    /** How much more likely a candidate with these features is the boundary than not (a log-odds). */
    public static double score(LinearClassifier<String, String> c, List<String> features) {
        BasicDatum<String, String> datum = new BasicDatum<>(features);
        return c.scoreOf(datum, YES) - c.scoreOf(datum, NO);
    }

    /**
     * The positions a content's start may move to: [first, last + 1), within {@link #REACH} tokens of the tagger's
     * start and within the cue's window, before the end of the first content run, never into the cue or the source.
     */
    public static int[] startCandidates(AttributionInput in, RoleAssignment a) {
        List<int[]> runs = a.contentRuns();
        int b0 = runs.get(0)[0];
        int e0 = runs.get(0)[1];
        CueSpan cue = a.cue().span();
        int lo = Math.max(a.windowBegin(), b0 - REACH);
        int hi = Math.min(e0, b0 + REACH + 1);
        if (b0 >= cue.end()) {
            lo = Math.max(lo, cue.end());
        }
        int source = a.source().previousSetBit(b0 - 1);
        if (source >= 0) {
            lo = Math.max(lo, source + 1);
        }
        return new int[]{lo, Math.max(lo, hi)};
    }

    /** The positions a content's end may move to, as for {@link #startCandidates}: ends, exclusive. */
    public static int[] endCandidates(AttributionInput in, RoleAssignment a) {
        List<int[]> runs = a.contentRuns();
        int b1 = runs.get(runs.size() - 1)[0];
        int e1 = runs.get(runs.size() - 1)[1];
        CueSpan cue = a.cue().span();
        int windowEnd = a.windowBegin() + a.contentMarginals().length;
        int lo = Math.max(b1 + 1, e1 - END_REACH);
        int hi = Math.min(windowEnd, e1 + END_REACH) + 1;
        if (e1 <= cue.begin()) {
            hi = Math.min(hi, cue.begin() + 1);
        }
        int source = a.source().nextSetBit(e1);
        if (source >= 0) {
            hi = Math.min(hi, source + 1);
        }
        return new int[]{lo, Math.max(lo, hi)};
    }

    private static BitSet cueTokens(RoleAssignment a) {
        BitSet out = new BitSet();
        out.set(a.cue().span().begin(), a.cue().span().end());
        return out;
    }

    public void write(ObjectOutputStream o) throws IOException {
        o.writeBoolean(start != null);
        if (start != null) {
            o.writeObject(start);
            o.writeObject(end);
        }
    }

    @SuppressWarnings("unchecked")
    public static ContentBoundaries read(ObjectInputStream o) throws IOException, ClassNotFoundException {
        if (!o.readBoolean()) {
            return NONE;
        }
        LinearClassifier<String, String> s = (LinearClassifier<String, String>) o.readObject();
        LinearClassifier<String, String> e = (LinearClassifier<String, String>) o.readObject();
        return new ContentBoundaries(s, e);
    }
}
