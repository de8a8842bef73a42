package org.claimtrace.claims.learn;

import java.util.BitSet;

/**
 * What the role tagger decided for one cue: the tokens of its source and of its content, the mean marginal
 * probability of those decisions, and each window token's marginal probability of being content (which
 * {@link ContentBoundaries} reads).
 *
 * @param windowBegin       the first token of the cue's window
 * @param contentMarginals  for each window token, the tagger's marginal probability of CON; empty when unknown
 */
public record RoleAssignment(DetectedCue cue, BitSet source, BitSet content, double probability, int windowBegin,
                             double[] contentMarginals) {
    public RoleAssignment {
        source = (BitSet) source.clone();
        content = (BitSet) content.clone();
        contentMarginals = contentMarginals.clone();
    }

    /** An assignment without marginals. */
    public RoleAssignment(DetectedCue cue, BitSet source, BitSet content, double probability) {
        this(cue, source, content, probability, 0, new double[0]);
    }

    @Override
    public double[] contentMarginals() {
        return contentMarginals.clone();
    }

    /** The tagger's marginal probability that a token is content, or -1 outside the window. */
    public double contentMarginal(int token) {
        int k = token - windowBegin;
        return k >= 0 && k < contentMarginals.length ? contentMarginals[k] : -1;
    }

    /** The same decision with another content. */
    public RoleAssignment withContent(BitSet newContent) {
        return new RoleAssignment(cue, source, newContent, probability, windowBegin, contentMarginals);
    }

    @Override
    public BitSet source() {
        return (BitSet) source.clone();
    }

    @Override
    public BitSet content() {
        return (BitSet) content.clone();
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }

    /**
     * The claimant: the run of consecutive source tokens nearest the cue, as [first, last + 1), or null. A
     * second run is rare and is another mention of the same source ("Smith ... , the senator said").
     */
    public int[] sourceRun() {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        CueSpan c = cue.span();
        int i = source.nextSetBit(0);
        while (i >= 0) {
            int j = source.nextClearBit(i);
            int d = j <= c.begin() ? c.begin() - j : i - c.end();
            if (d < bestDistance) {
                best = new int[]{i, j};
                bestDistance = d;
            }
            i = source.nextSetBit(j);
        }
        return best;
    }

    /** The content's runs of consecutive tokens, each [first, last + 1), in text order. */
    public java.util.List<int[]> contentRuns() {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int i = content.nextSetBit(0);
        while (i >= 0) {
            int j = content.nextClearBit(i);
            out.add(new int[]{i, j});
            i = content.nextSetBit(j);
        }
        return out;
    }

    /** The raw score of the relation: how sure both taggers were. */
    public double rawScore() {
        return cue.probability() * probability;
    }
}
