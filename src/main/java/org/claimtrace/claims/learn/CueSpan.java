package org.claimtrace.claims.learn;

import org.claimtrace.model.DependencyParse;

/**
 * A cue as token positions: [begin, end) and its head, the cue token highest in the parse (the last token
 * when the sentence has no parse).
 */
public record CueSpan(int begin, int end, int head, int sentence) {

    public boolean contains(int token) {
        return token >= begin && token < end;
    }

    /** The cue over [begin, end), with its head read from the sentence's parse when there is one. */
    public static CueSpan of(AttributionInput in, int begin, int end) {
        int sentence = in.token(begin).sentence();
        end = Math.min(end, in.sentences().get(sentence).tokenEnd()); // a cue never runs into the next sentence
        DependencyParse p = in.parse(sentence);
        int head = end - 1;
        if (p != null) {
            int best = Integer.MAX_VALUE;
            for (int t = begin; t < end && p.contains(t); t++) {
                int depth = depth(p, t);
                if (depth < best) {
                    best = depth;
                    head = t;
                }
            }
        } else {
            for (int t = begin; t < end; t++) {
                if (in.pos(t).startsWith("VB") || in.pos(t).startsWith("NN")) {
                    head = t;
                }
            }
        }
        return new CueSpan(begin, end, head, sentence);
    }

    /** The number of steps from a token up to its sentence's root. */
    public static int depth(DependencyParse p, int t) {
        int d = 0;
        int x = t;
        while (x >= 0 && d <= p.heads().length) {
            x = p.head(x);
            d++;
        }
        return d;
    }
}
