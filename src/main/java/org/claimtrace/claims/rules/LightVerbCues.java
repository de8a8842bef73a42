package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.DependencyParse;

import java.util.ArrayList;
import java.util.List;

/**
 * A candidate generator run after the parse, for cues the cue tagger misses: a light verb of the lexicon whose
 * object is a cue noun with a complement of its own, "signalled its openness to allowing …", "expressed a
 * commitment to …", "made a promise that …". The span runs from the verb to the noun. The role tagger then
 * decides the cue's source and content like any other's. A candidate that overlaps a tagged cue is dropped.
 */
public final class LightVerbCues {
    /** The cue probability given to a generated cue, in place of the tagger's. */
    public static final double PROBABILITY = 0.5;

    private LightVerbCues() {
    }

    public static List<CueSpan> find(AttributionInput in, List<CueSpan> tagged) {
        List<CueSpan> out = new ArrayList<>();
        for (DependencyParse p : in.parses().values()) {
            for (int v = p.tokenBegin(); v < p.tokenEnd(); v++) {
                CueLexicon.Entry verb = in.pos(v).startsWith("VB") ? in.lexiconEntry(v) : null;
                if (verb == null || !(verb.has("light") || verb.has("lightonly"))) {
                    continue;
                }
                for (int n : p.children(v, "obj")) {
                    CueLexicon.Entry noun = in.lexiconEntry(n);
                    boolean complement = p.firstChild(n, "acl", "ccomp", "nmod") >= 0;
                    if (noun == null || noun.has("light") || !complement || n <= v) {
                        continue;
                    }
                    CueSpan c = CueSpan.of(in, v, n + 1);
                    if (tagged.stream().noneMatch(t -> t.begin() < c.end() && c.begin() < t.end())) {
                        out.add(c);
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(CueSpan::begin));
        return out;
    }
}
