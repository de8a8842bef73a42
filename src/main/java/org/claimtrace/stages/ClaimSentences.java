package org.claimtrace.stages;

import org.claimtrace.claims.AuthorialStatements;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.LightVerbCues;
import org.claimtrace.claims.rules.NamedSpeakerCues;
import org.claimtrace.model.CueCandidate;
import org.claimtrace.model.Sentence;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;

import java.util.List;
import java.util.Set;

/**
 * The sentences the claim stage reads a parse of: those in the window of a cue the cue tagger found (where
 * sources and contents are looked for), those that could be an authorial statement (a future or obligation
 * modal), those with a light verb and a cue noun ({@link LightVerbCues}) and those with a speech verb right after
 * a name ({@link NamedSpeakerCues}). The others are not parsed.
 */
final class ClaimSentences implements ParseSelection {
    private final CueLexicon lexicon;

    ClaimSentences(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean worthParsing(Doc doc, Sentence s) {
        List<CueCandidate> cues = doc.cues();
        if (cues != null) {
            for (CueCandidate c : cues) {
                if (c.windowTouches(s.tokenBegin(), s.tokenEnd())) {
                    return true;
                }
            }
        }
        return AuthorialStatements.mayHold(doc.tokens(), s.tokenBegin(), s.tokenEnd())
                || LightVerbCues.mayHold(doc.tokens(), s.tokenBegin(), s.tokenEnd(), lexicon)
                || NamedSpeakerCues.mayHold(doc.tokens(), s.tokenBegin(), s.tokenEnd(), doc.entities());
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.CUES, Layer.ENTITIES);
    }
}
