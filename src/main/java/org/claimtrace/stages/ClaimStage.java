package org.claimtrace.stages;

import org.claimtrace.claims.ClaimExtractor;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;

import java.util.Set;

/** Attributed claims: who asserts, commits to, demands or denies what. Non-essential. */
public final class ClaimStage implements Stage {
    private final ClaimExtractor extractor;

    public ClaimStage(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, Layer.CUES, Layer.DEPENDENCIES,
                Layer.ENTITIES, Layer.TIME_EXPRESSIONS);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public void process(Doc doc) {
        doc.setClaims(extractor.extract(new ClaimExtractor.Input(doc.text(), doc.index(), doc.tokens(), doc.sentences(),
                doc.parses(), doc.entities(), doc.timeExpressions(), doc.date(), doc.cues())));
    }
}
