package org.claimtrace.stages;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.pipeline.ModelLoadException;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The distributional word classes of CoreNLP's NER model (about 533,000 words in 512 classes, learnt from news
 * text), which the NER stage has loaded already: reading them costs no load time and no memory. CoreNLP keeps
 * them private to its feature factory, so they are read by reflection (CoreNLP 4.5.10).
 */
final class NerWordClasses implements WordClasses {
    private final Map<String, String> classes;
    private final String unknown;
    private final String id;

    private NerWordClasses(Map<String, String> classes, String unknown, String model) {
        this.classes = classes;
        this.unknown = unknown;
        this.id = "corenlp-distsim:" + model + ":" + classes.size();
    }

    /** The classes of the first CRF of the NER annotator that has them. */
    @SuppressWarnings("unchecked")
    static WordClasses of(NERCombinerAnnotator annotator, String model) {
        try {
            Object combiner = field(NERCombinerAnnotator.class, "ner").get(annotator);
            List<AbstractSequenceClassifier<?>> base =
                    (List<AbstractSequenceClassifier<?>>) field(ClassifierCombiner.class, "baseClassifiers").get(combiner);
            for (AbstractSequenceClassifier<?> c : base) {
                if (!(c instanceof CRFClassifier<?> crf) || crf.flags.casedDistSim) {
                    continue;
                }
                for (Object ff : crf.featureFactories) {
                    if (ff instanceof NERFeatureFactory) {
                        Map<String, String> lexicon = (Map<String, String>) field(NERFeatureFactory.class, "lexicon").get(ff);
                        if (lexicon != null && !lexicon.isEmpty()) {
                            return new NerWordClasses(lexicon, crf.flags.unknownWordDistSimClass, model);
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ModelLoadException("cannot read the word classes of CoreNLP's NER model: " + e, e);
        }
        throw new ModelLoadException("CoreNLP's NER model " + model + " has no word classes", null);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    @Override
    public String of(String word) {
        String c = classes.get(word.toLowerCase(Locale.ROOT));
        return c == null ? unknown : c;
    }

    @Override
    public String id() {
        return id;
    }
}
