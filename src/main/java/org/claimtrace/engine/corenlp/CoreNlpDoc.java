package org.claimtrace.engine.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import org.claimtrace.pipeline.EngineState;

import java.util.List;

/**
 * The CoreNLP annotation behind one {@link org.claimtrace.pipeline.Doc}, the engine state of the CoreNLP stages.
 * {@code labels.get(i)} is the CoreNLP token for the document's token {@code i}.
 *
 * <p>It is one object, filled in by the CoreNLP stages in turn. Each key below names what it holds by then, so that
 * a stage declares the step it needs and the chain check ({@code Pipeline}) sees the order: SUTime, for instance,
 * reads the NER tags ({@link #NER_TAGGED}), because a number inside a name is not taken for a year.
 */
public record CoreNlpDoc(Annotation annotation, List<CoreLabel> labels) {

    /** Tokens and sentences; written by the tokenize stage. */
    public static final EngineState<CoreNlpDoc> TOKENIZED = EngineState.of("corenlp-tokenized", CoreNlpDoc.class);

    /** The same, its tokens with part-of-speech tags and lemmas; written by the pos-lemma stage. */
    public static final EngineState<CoreNlpDoc> TAGGED = EngineState.of("corenlp-tagged", CoreNlpDoc.class);

    /** The same, its tokens also with the CRF's NER tags and its entity mentions; written by the ner stage. */
    public static final EngineState<CoreNlpDoc> NER_TAGGED = EngineState.of("corenlp-ner-tagged", CoreNlpDoc.class);
}
