package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;

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

    /** How far after the light verb its cue noun may stand, in tokens ("signalled its clear openness"). */
    static final int REACH = 4;

    /**
     * Whether tokens [begin, end) may hold such a cue, from the words alone: a light verb of the lexicon with a
     * cue noun a few tokens after it. The parse stage parses such sentences so that {@link #find} can read them.
     */
    public static boolean mayHold(List<Token> tokens, int begin, int end, CueLexicon lexicon) {
        for (int v = begin; v < end; v++) {
            CueLexicon.Entry verb = entry(tokens.get(v), lexicon);
            if (verb == null || !verb.pos().equals(CueLexicon.Pos.VERB) || !(verb.has("light") || verb.has("lightonly"))) {
                continue;
            }
            for (int n = v + 1; n < Math.min(end, v + 1 + REACH); n++) {
                CueLexicon.Entry noun = entry(tokens.get(n), lexicon);
                if (noun != null && noun.pos() == CueLexicon.Pos.NOUN && !noun.has("light")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CueLexicon.Entry entry(Token t, CueLexicon lexicon) {
        String pos = t.pos() == null ? "" : t.pos();
        String lemma = t.lemma() == null ? t.text() : t.lemma();
        return pos.startsWith("VB") ? lexicon.verb(lemma) : pos.startsWith("NN") ? lexicon.noun(lemma) : null;
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
