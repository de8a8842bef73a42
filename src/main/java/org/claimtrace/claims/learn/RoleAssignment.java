package org.claimtrace.claims.learn;

import java.util.BitSet;

/**
 * What the role tagger decided for one cue: the tokens of its source and of its content, and the mean
 * marginal probability of those decisions.
 */
public record RoleAssignment(DetectedCue cue, BitSet source, BitSet content, double probability) {
    public RoleAssignment {
        source = (BitSet) source.clone();
        content = (BitSet) content.clone();
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
