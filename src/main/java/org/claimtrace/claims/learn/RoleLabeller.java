package org.claimtrace.claims.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Labels the tokens around one cue (its {@link RoleWindow}) as the cue's source (SRC), its content (CON),
 * the cue itself (CUE) or nothing (O). Thread-safe.
 */
public final class RoleLabeller {
    public static final String SOURCE = "SRC";
    public static final String CONTENT = "CON";
    public static final String CUE = "CUE";

    private final CrfTagger tagger;
    private final RoleFeatures features;

    public RoleLabeller(CrfTagger tagger, RoleFeatures features) {
        this.tagger = tagger;
        this.features = features;
    }

    /**
     * The tagger's sequence for one cue's window. For training, {@code goldSource} and {@code goldContent}
     * give the labels; both null when tagging.
     *
     * @param otherCue whether each token of the document belongs to another cue
     */
    public List<CrfTagger.Item> sequence(AttributionInput in, CueSpan cue, boolean[] otherCue, BitSet goldSource,
                                         BitSet goldContent) {
        int[] w = RoleWindow.of(in, cue);
        List<CrfTagger.Item> seq = new ArrayList<>(w[1] - w[0]);
        for (int j = w[0]; j < w[1]; j++) {
            String label = CrfTagger.BACKGROUND;
            if (cue.contains(j)) {
                label = CUE;
            } else if (goldSource != null && goldSource.get(j)) {
                label = SOURCE;
            } else if (goldContent != null && goldContent.get(j)) {
                label = CONTENT;
            }
            seq.add(new CrfTagger.Item(features.features(in, cue, j, otherCue), features.edgeFeatures(in, cue, j), label));
        }
        return seq;
    }

    /** The roles of one cue; the content is empty when the tagger found none. */
    public RoleAssignment label(AttributionInput in, DetectedCue cue, boolean[] otherCue) {
        int[] w = RoleWindow.of(in, cue.span());
        CrfTagger.Tagged t = tagger.tag(sequence(in, cue.span(), otherCue, null, null));
        BitSet source = new BitSet();
        BitSet content = new BitSet();
        double p = 0;
        int n = 0;
        double[] con = new double[t.labels().length];
        for (int k = 0; k < t.labels().length; k++) {
            int j = w[0] + k;
            con[k] = t.marginal(k, CONTENT);
            String label = t.labels()[k];
            if (cue.span().contains(j)) {
                continue;
            }
            if (label.equals(SOURCE)) {
                source.set(j);
            } else if (label.equals(CONTENT)) {
                content.set(j);
            } else {
                continue;
            }
            p += t.marginal(k, label);
            n++;
        }
        return new RoleAssignment(cue, source, content, n == 0 ? 0 : p / n, w[0], con);
    }

    /** Whether each token belongs to one of the cues, except {@code except}'s tokens. */
    public static boolean[] otherCues(int size, List<CueSpan> cues, CueSpan except) {
        boolean[] out = new boolean[size];
        for (CueSpan c : cues) {
            if (c != except) {
                for (int t = c.begin(); t < c.end(); t++) {
                    out[t] = true;
                }
            }
        }
        if (except != null) {
            for (int t = except.begin(); t < except.end(); t++) {
                out[t] = false;
            }
        }
        return out;
    }
}
