package org.claimtrace.tools.train;

import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;

import java.util.List;
import java.util.Map;

/**
 * A gold document after the pipeline's analysis stages, up to the dependency parse: what the attribution
 * model's features are computed from. Kept so that training and evaluation can reuse one analysis.
 */
public record PreparedDoc(String id, String text, List<Token> tokens, List<Sentence> sentences,
                          Map<Integer, DependencyParse> parses, List<Entity> entities) {
}
