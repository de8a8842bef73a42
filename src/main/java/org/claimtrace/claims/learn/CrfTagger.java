package org.claimtrace.claims.learn;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.util.Triple;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A linear-chain CRF (CoreNLP's {@link CRFClassifier}, first order) over precomputed features. Immutable once
 * trained or loaded and safe to share between threads: tagging reads the weights only.
 */
public final class CrfTagger {
    /** One position of a sequence: node features, edge features and (for training) the gold label. */
    public record Item(List<String> node, List<String> edge, String label) {
    }

    /** The best label sequence and each position's marginal probability of every label. */
    public record Tagged(String[] labels, double[][] marginals, List<String> labelNames) {
        public double marginal(int position, String label) {
            int k = labelNames.indexOf(label);
            return k < 0 ? 0 : marginals[position][k];
        }
    }

    public static final String BACKGROUND = "O";

    private final CRFClassifier<CoreLabel> crf;
    private final List<String> labels;

    private CrfTagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < crf.classIndex.size(); i++) {
            names.add(crf.classIndex.get(i));
        }
        this.labels = List.copyOf(names);
    }

    /** The CRF's flags for training: first order, L-BFGS with an L2 prior of width {@code sigma}. */
    public static Properties trainingProperties(double sigma, int maxIterations, int threads, int featureCountThreshold) {
        Properties p = new Properties();
        p.setProperty("featureFactory", CrfFeatureFactory.class.getName());
        p.setProperty("maxLeft", "1");
        p.setProperty("maxRight", "0");
        p.setProperty("useQN", "true");
        p.setProperty("QNsize", "10");
        p.setProperty("sigma", Double.toString(sigma));
        p.setProperty("maxIterations", Integer.toString(maxIterations));
        p.setProperty("tolerance", "1e-4");
        p.setProperty("multiThreadGrad", Integer.toString(Math.max(1, threads)));
        p.setProperty("featureCountThreshold", Integer.toString(featureCountThreshold));
        p.setProperty("backgroundSymbol", BACKGROUND);
        p.setProperty("inferenceType", "Viterbi");
        return p;
    }

    public static CrfTagger train(List<List<Item>> sequences, Properties properties) {
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(properties);
        List<List<CoreLabel>> docs = new ArrayList<>(sequences.size());
        for (List<Item> seq : sequences) {
            docs.add(labels(seq, true));
        }
        crf.train(docs, crf.makeReaderAndWriter());
        return new CrfTagger(crf);
    }

    public List<String> labelNames() {
        return labels;
    }

    /** Tags one sequence (an empty one gives empty arrays). */
    public Tagged tag(List<Item> seq) {
        if (seq.isEmpty()) {
            return new Tagged(new String[0], new double[0][], labels);
        }
        List<CoreLabel> doc = labels(seq, false);
        Triple<int[][][], int[], double[][][]> data = crf.documentToDataAndLabels(doc);
        CRFCliqueTree<String> tree = crf.getCliqueTree(data);
        int[] best = new ExactBestSequenceFinder().bestSequence(new TestSequenceModel(tree));
        int offset = crf.windowSize - 1;
        String[] out = new String[seq.size()];
        double[][] marginals = new double[seq.size()][labels.size()];
        for (int i = 0; i < seq.size(); i++) {
            out[i] = labels.get(best[i + offset]);
            for (int k = 0; k < labels.size(); k++) {
                marginals[i][k] = tree.prob(i, k);
            }
        }
        return new Tagged(out, marginals, labels);
    }

    /** The number of features the CRF holds. */
    public int featureCount() {
        return featureIndex(crf).size();
    }

    /**
     * This tagger without the features whose weights are all below {@code minAbsWeight} in magnitude: most
     * features a CRF keeps under an L2 prior have weights near zero, and dropping them makes the model several
     * times smaller at almost no cost. CoreNLP keeps the feature index and weights package-private, so they are
     * read and replaced by reflection (CoreNLP 4.5.10; checked by the tests that round-trip a pruned model).
     */
    public CrfTagger pruned(float minAbsWeight) {
        try {
            edu.stanford.nlp.util.Index<String> index = featureIndex(crf);
            float[][] weights = (float[][]) field("weights").get(crf);
            edu.stanford.nlp.util.HashIndex<String> keptIndex = new edu.stanford.nlp.util.HashIndex<>();
            List<float[]> keptWeights = new ArrayList<>();
            for (int f = 0; f < index.size(); f++) {
                float max = 0;
                for (float w : weights[f]) {
                    max = Math.max(max, Math.abs(w));
                }
                if (max >= minAbsWeight) {
                    keptIndex.add(index.get(f));
                    keptWeights.add(weights[f]);
                }
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                crf.serializeClassifier(o);
            }
            CRFClassifier<CoreLabel> copy = new CRFClassifier<>(new Properties());
            try (ObjectInputStream i = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                copy.loadClassifier(i, null);
            }
            field("featureIndex").set(copy, keptIndex);
            field("weights").set(copy, keptWeights.toArray(new float[0][]));
            field("cliquePotentialFunction").set(copy, null);
            return new CrfTagger(copy);
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot prune the CRF: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static edu.stanford.nlp.util.Index<String> featureIndex(CRFClassifier<CoreLabel> crf) {
        try {
            return (edu.stanford.nlp.util.Index<String>) field("featureIndex").get(crf);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the CRF's features: " + e, e);
        }
    }

    private static java.lang.reflect.Field field(String name) throws NoSuchFieldException {
        java.lang.reflect.Field f = CRFClassifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    public void write(ObjectOutputStream out) {
        crf.serializeClassifier(out);
    }

    public static CrfTagger read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
        crf.loadClassifier(in, null);
        return new CrfTagger(crf);
    }

    private static List<CoreLabel> labels(List<Item> seq, boolean gold) {
        List<CoreLabel> doc = new ArrayList<>(seq.size());
        for (Item it : seq) {
            CoreLabel c = new CoreLabel();
            c.set(CoreAnnotations.TextAnnotation.class, "_");
            c.set(CrfFeatureFactory.NodeFeatures.class, it.node());
            c.set(CrfFeatureFactory.EdgeFeatures.class, it.edge());
            c.set(CoreAnnotations.AnswerAnnotation.class, gold ? it.label() : BACKGROUND);
            doc.add(c);
        }
        return doc;
    }
}
