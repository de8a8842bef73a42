package org.claimtrace.tools.train;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.tools.eval.attribution.Attribution;
import org.claimtrace.tools.eval.attribution.AttributionDoc;
import org.claimtrace.tools.eval.attribution.Fragment;
import org.claimtrace.tools.eval.attribution.SpanSet;
import org.claimtrace.model.Token;
import org.claimtrace.model.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A prepared document with its gold attributions mapped onto its tokens. */
public record AlignedDoc(PreparedDoc prepared, AttributionInput input, AttributionDoc gold, List<Relation> relations) {

    /** One gold relation as token sets; the cue is [cueBegin, cueEnd), or empty (-1) when the gold has none. */
    public record Relation(BitSet source, int cueBegin, int cueEnd, BitSet content, boolean hasSource) {
        public boolean hasCue() {
            return cueBegin >= 0 && cueEnd > cueBegin;
        }
    }

    public static AlignedDoc of(PreparedDoc p, AttributionDoc gold, CueLexicon lexicon, WordClasses classes) {
        AttributionInput in = new AttributionInput(p.text(), p.tokens(), p.sentences(), p.parses(), p.entities(), lexicon,
                classes);
        List<Relation> relations = new ArrayList<>();
        for (Attribution a : gold.attributions()) {
            if (a.content().isEmpty()) {
                continue;
            }
            BitSet cue = tokens(p.tokens(), a.cue());
            int cb = cue.isEmpty() ? -1 : cue.nextSetBit(0);
            int ce = cue.isEmpty() ? -1 : cue.previousSetBit(cue.length()) + 1;
            relations.add(new Relation(a.source() == null ? new BitSet() : tokens(p.tokens(), a.source()), cb, ce,
                    tokens(p.tokens(), a.content()), a.source() != null));
        }
        return new AlignedDoc(p, in, gold, List.copyOf(relations));
    }

    /** The tokens that intersect a span set. */
    public static BitSet tokens(List<Token> tokens, SpanSet span) {
        BitSet out = new BitSet(tokens.size());
        if (span == null) {
            return out;
        }
        for (Fragment f : span.fragments()) {
            for (int i = Tokens.indexAt(tokens, f.begin()); i < tokens.size() && tokens.get(i).begin() < f.end(); i++) {
                if (tokens.get(i).end() > f.begin()) {
                    out.set(i);
                }
            }
        }
        return out;
    }


    /** The span set of a token set: one fragment per run of consecutive tokens. */
    public static SpanSet spans(List<Token> tokens, BitSet set) {
        List<Fragment> fragments = new ArrayList<>();
        int i = set.nextSetBit(0);
        while (i >= 0) {
            int j = i;
            while (set.get(j + 1)) {
                j++;
            }
            fragments.add(new Fragment(tokens.get(i).begin(), tokens.get(j).end()));
            i = set.nextSetBit(j + 1);
        }
        return new SpanSet(fragments);
    }
}
