package org.claimtrace.claims.learn;

import org.claimtrace.model.Sentence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds cues: the cue tagger labels each sentence's tokens CUE or O, and each run of CUE tokens is one cue. A
 * token is also a cue when its marginal probability of being one reaches the threshold, which trades precision
 * for recall (chosen on dev, docs/CLAIMS.md). It reads no parse, so it can decide which sentences are worth
 * parsing. Thread-safe.
 */
public final class CueDetector {
    public static final String CUE = "CUE";

    private final CrfTagger tagger;
    private final CueTokenFeatures features;
    private final double threshold;

    /** A detector that takes the tagger's best sequence only. */
    public CueDetector(CrfTagger tagger, CueTokenFeatures features) {
        this(tagger, features, 1.0);
    }

    /** @param threshold the marginal probability from which a token is a cue whatever the best sequence says */
    public CueDetector(CrfTagger tagger, CueTokenFeatures features, double threshold) {
        this.tagger = tagger;
        this.features = features;
        this.threshold = threshold;
    }

    /** The tagger's sequence for one sentence; {@code gold} gives training labels, or null. */
    public List<CrfTagger.Item> sequence(AttributionInput in, Sentence s, BitSet gold) {
        List<CrfTagger.Item> seq = new ArrayList<>(s.tokenEnd() - s.tokenBegin());
        for (int i = s.tokenBegin(); i < s.tokenEnd(); i++) {
            seq.add(new CrfTagger.Item(features.features(in, i), EDGE, gold != null && gold.get(i) ? CUE : CrfTagger.BACKGROUND));
        }
        return seq;
    }

    private static final List<String> EDGE = List.of("e");

    public List<DetectedCue> detect(AttributionInput in) {
        List<DetectedCue> out = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            detect(in, s, out);
        }
        return out;
    }

    public void detect(AttributionInput in, Sentence s, List<DetectedCue> out) {
        List<CrfTagger.Item> seq = sequence(in, s, null);
        if (seq.isEmpty()) {
            return;
        }
        CrfTagger.Tagged t = tagger.tag(seq);
        boolean[] cue = new boolean[seq.size()];
        for (int k = 0; k < cue.length; k++) {
            cue[k] = t.labels()[k].equals(CUE) || t.marginal(k, CUE) >= threshold;
        }
        int i = 0;
        while (i < seq.size()) {
            if (!cue[i]) {
                i++;
                continue;
            }
            int j = i;
            double p = t.marginal(i, CUE);
            while (j + 1 < seq.size() && cue[j + 1]) {
                j++;
                p += t.marginal(j, CUE);
            }
            out.add(new DetectedCue(CueSpan.of(in, s.tokenBegin() + i, s.tokenBegin() + j + 1), p / (j - i + 1)));
            i = j + 1;
        }
    }
}
