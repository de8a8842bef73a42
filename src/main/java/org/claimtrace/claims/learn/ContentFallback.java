package org.claimtrace.claims.learn;

import java.util.BitSet;

/**
 * A content for a cue whose best role sequence has none. The role tagger's single best sequence can leave a
 * cue without content even where its marginals say a content is likely (two halves of a sentence each a bit
 * less likely than O), and a cue without content is no claim: the cue, its source and its content are all
 * lost. This reads the marginals instead: the content is the run of consecutive window tokens around the most
 * likely content token whose marginal probability of CON is at least {@code threshold}, never reaching into a
 * cue or the source. The threshold is chosen at training on the calibration documents. Immutable.
 */
public final class ContentFallback {
    /** Never proposes a content. */
    public static final ContentFallback NONE = new ContentFallback(Double.POSITIVE_INFINITY);

    private final double threshold;

    public ContentFallback(double threshold) {
        if (Double.isNaN(threshold) || threshold <= 0) {
            throw new IllegalArgumentException("content fallback threshold must be positive: " + threshold);
        }
        this.threshold = threshold;
    }

    private boolean open(BitSet blocked, boolean[] otherCue, double[] con, int w, int k) {
        int t = w + k;
        return !blocked.get(t) && !otherCue[t] && con[k] >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    public boolean isNone() {
        return threshold > 1;
    }

    /**
     * The assignment itself when it has a content or no run reaches the threshold, else the assignment with the
     * run as its content and, as its probability, the mean marginal of its decided tokens.
     *
     * @param otherCue whether each token of the document belongs to another cue
     */
    public RoleAssignment apply(RoleAssignment a, boolean[] otherCue) {
        double[] con = a.contentMarginals();
        if (isNone() || !a.content().isEmpty() || con.length == 0) {
            return a;
        }
        BitSet blocked = a.source();
        CueSpan cue = a.cue().span();
        blocked.set(cue.begin(), cue.end());
        int w = a.windowBegin();
        int b = -1;
        int e = -1;
        double best = 0;
        int k = 0;
        while (k < con.length) {
            if (!open(blocked, otherCue, con, w, k)) {
                k++;
                continue;
            }
            int j = k;
            double peak = 0;
            while (j < con.length && open(blocked, otherCue, con, w, j)) {
                peak = Math.max(peak, con[j]);
                j++;
            }
            // the run with the most likely token; choosing the run of most mass instead measured the same
            if (peak > best) {
                best = peak;
                b = w + k;
                e = w + j;
            }
            k = j;
        }
        if (b < 0) {
            return a;
        }
        BitSet content = new BitSet();
        content.set(b, e);
        double sum = 0;
        for (int t = b; t < e; t++) {
            sum += con[t - w];
        }
        int n = e - b;
        BitSet source = a.source();
        if (!source.isEmpty()) {
            // the source keeps its weight in the mean, as the tagger's own assignments do
            double sourceMean = a.probability();
            sum += sourceMean * source.cardinality();
            n += source.cardinality();
        }
        return new RoleAssignment(a.cue(), source, content, sum / n, w, con);
    }
}
