package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Part-of-speech tags and lemmas from CoreNLP's left-3-words tagger and Morpha. */
public final class PosLemmaStage implements Stage {
    private final POSTaggerAnnotator tagger;
    private final MorphaAnnotator lemmatizer;

    public PosLemmaStage() {
        this.tagger = CoreNlpEngine.annotator("pos", CoreNlpEngine.props("pos.maxlen", "400"),
                props -> new POSTaggerAnnotator("pos", props));
        this.lemmatizer = CoreNlpEngine.annotator("lemma", new java.util.Properties(), props -> new MorphaAnnotator(false));
    }

    @Override
    public String name() {
        return "pos-lemma";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TOKENS, CoreNlpDoc.TOKENIZED);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.POS, Layer.LEMMA, CoreNlpDoc.TAGGED);
    }

    @Override
    public void process(Doc doc) {
        CoreNlpDoc core = doc.state(CoreNlpDoc.TOKENIZED);
        tagger.annotate(core.annotation());
        lemmatizer.annotate(core.annotation());
        List<Token> tokens = doc.tokens();
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            CoreLabel l = core.labels().get(t.index());
            tagged.add(t.withTags(l.tag(), l.lemma()));
        }
        doc.setTaggedTokens(tagged);
        doc.setState(CoreNlpDoc.TAGGED, core);
    }
}
