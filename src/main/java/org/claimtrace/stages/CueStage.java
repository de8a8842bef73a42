package org.claimtrace.stages;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CueDetector;
import org.claimtrace.claims.learn.DetectedCue;
import org.claimtrace.claims.learn.RoleWindow;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.model.CueCandidate;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claim cues, found by the trained cue tagger before any parse: the parse stage then parses only the sentences
 * that hold one. Non-essential: when it fails, the document keeps its entities and has no claims.
 */
public final class CueStage implements Stage {
    private final CueDetector detector;
    private final CueLexicon lexicon;
    private final WordClasses classes;

    public CueStage(CueDetector detector, CueLexicon lexicon, WordClasses classes) {
        this.detector = detector;
        this.lexicon = lexicon;
        this.classes = classes;
    }

    @Override
    public String name() {
        return "cues";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, Layer.ENTITIES);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.CUES);
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public void process(Doc doc) {
        AttributionInput in = new AttributionInput(doc.text(), doc.tokens(), doc.sentences(), Map.of(), doc.entities(),
                lexicon, classes);
        List<CueCandidate> out = new ArrayList<>();
        for (DetectedCue c : detector.detect(in)) {
            int[] window = RoleWindow.of(in, c.span());
            out.add(new CueCandidate(c.span().begin(), c.span().end(), c.span().sentence(), c.probability(),
                    window[0], window[1]));
        }
        doc.setCues(out);
    }
}
