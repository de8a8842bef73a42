package org.claimtrace.claims.learn;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;

import java.util.Collection;
import java.util.List;

/**
 * Hands CoreNLP's CRF the features that claimtrace computed beforehand: each token carries its node features
 * (for the label of the token) and edge features (for the pair of its label and the previous one). The CRF
 * names the class of its feature factory in its flags and builds it by reflection, so this class is public with
 * a no-argument constructor; it holds no state.
 */
public final class CrfFeatureFactory extends FeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;

    /** The node features of a token. */
    public static final class NodeFeatures implements CoreAnnotation<List<String>> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<List<String>> getType() {
            return (Class<List<String>>) (Class<?>) List.class;
        }
    }

    /** The features of the transition into a token's label. */
    public static final class EdgeFeatures implements CoreAnnotation<List<String>> {
        @Override
        @SuppressWarnings("unchecked")
        public Class<List<String>> getType() {
            return (Class<List<String>>) (Class<?>) List.class;
        }
    }

    public CrfFeatureFactory() {
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
        CoreLabel c = info.get(position);
        if (clique == cliqueC) {
            List<String> f = c.get(NodeFeatures.class);
            return f == null ? List.of() : f;
        }
        if (clique == cliqueCpC) {
            List<String> f = c.get(EdgeFeatures.class);
            return f == null ? List.of() : f;
        }
        return List.of();
    }
}
