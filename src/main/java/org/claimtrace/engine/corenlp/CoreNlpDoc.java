package org.claimtrace.engine.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

import java.util.List;

/**
 * The CoreNLP annotation behind one {@link org.claimtrace.pipeline.Doc}, shared by the CoreNLP stages.
 * {@code labels.get(i)} is the CoreNLP token for the document's token {@code i}.
 */
public record CoreNlpDoc(Annotation annotation, List<CoreLabel> labels) {
}
