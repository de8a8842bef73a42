package org.claimtrace.engine.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import org.claimtrace.pipeline.ModelLoadException;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The weights of a loaded CoreNLP neural dependency parser ({@code nndep}: Chen and Manning's arc-standard
 * parser with 48 features, one cube-activated hidden layer and a softmax over transitions), laid out for
 * {@link ArcStandardParser}. Immutable and shared by every thread.
 * <p>CoreNLP does not expose these arrays, so they are read once, by reflection, from the parser it loaded
 * (the only coupling to its internals, checked here on load). The precomputed hidden-layer contributions are
 * computed on first use (load the parser with {@code numPreComputed=0} so that CoreNLP does not compute them all);
 * the input matrix is transposed and the output matrix blocked so that the parser's loops run over contiguous
 * memory, which changes the memory order but not the order of any sum.
 */
public final class NeuralParserWeights {
    /** Features per configuration: 18 words, 18 tags, 12 arc labels, in CoreNLP's order. */
    static final int FEATURES = 48;
    static final int WORD_FEATURES = 18;
    static final int TAG_FEATURES = 18;

    final int hidden;
    final int embedding;
    /** Transitions in CoreNLP's order: kind ({@link #LEFT}, {@link #RIGHT}, {@link #SHIFT}) and label index. */
    final byte[] kind;
    final int[] transitionLabel;
    static final byte LEFT = 0;
    static final byte RIGHT = 1;
    static final byte SHIFT = 2;
    final String[] labels;
    final int rootLabel;
    /** The shift transition, and the right arc with the root label (the last transition of every parse). */
    final int shift;
    final int rootArc;
    /** Feature id of each label (index into {@link #labels}). */
    final int[] labelFeature;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> tagIds;
    final int unknownWord;
    final int unknownTag;
    final int nullWord;
    final int rootWord;
    final int nullTag;
    final int rootTag;
    final int nullLabel;

    /** Embeddings, one row per feature id. */
    final float[][] embeddings;
    /** Input weights transposed: {@code w1t[(j * embedding + k) * hidden + i] = W1[i][j * embedding + k]}. */
    final float[] w1t;
    final float[] b1;
    /**
     * Output weights in blocks of {@link #BLOCK} transitions, widened to double (exactly): {@code w2b[(b * hidden
     * + i) * BLOCK + k] = W2[b * BLOCK + k][i]}, zero past the last transition. The parser sums a block's scores
     * in registers, one hidden unit at a time.
     */
    final double[] w2b;
    static final int BLOCK = 8;
    /**
     * Row of the precomputed table for a (feature id, position) pair, at {@code id * 48 + position}; -1 for a
     * feature the model does not precompute. The model file lists about 100,000 such features (the most frequent
     * in CoreNLP's training data), and CoreNLP computes all of them when it loads: 800 MB and several CPU-seconds.
     * Here a row is computed the first time a sentence needs it, with the same arithmetic, and then shared by all
     * threads; news uses a fraction of them.
     */
    final int[] precomputedRow;
    private final AtomicReferenceArray<double[]> rows;

    private NeuralParserWeights(DependencyParser parser) throws ReflectiveOperationException {
        Object classifier = field(parser, "classifier");
        Object system = field(parser, "system");
        float[][] w1 = (float[][]) field(classifier, "W1");
        float[][] w2 = (float[][]) field(classifier, "W2");
        embeddings = (float[][]) field(classifier, "E");
        b1 = ((float[]) field(classifier, "b1")).clone();
        @SuppressWarnings("unchecked")
        List<Integer> precomputed = (List<Integer>) field(parser, "preComputed");
        hidden = b1.length;
        embedding = embeddings[0].length;
        if (w1.length != hidden || w1[0].length != FEATURES * embedding) {
            throw new IllegalStateException("unexpected input layer " + w1.length + "x" + w1[0].length);
        }

        @SuppressWarnings("unchecked")
        Map<String, Integer> words = (Map<String, Integer>) field(parser, "wordIDs");
        @SuppressWarnings("unchecked")
        Map<String, Integer> tags = (Map<String, Integer>) field(parser, "posIDs");
        @SuppressWarnings("unchecked")
        Map<String, Integer> labelIds = (Map<String, Integer>) field(parser, "labelIDs");
        wordIds = new HashMap<>(words);
        tagIds = new HashMap<>(tags);
        unknownWord = required(words, "-UNKNOWN-");
        unknownTag = required(tags, "-UNKNOWN-");
        nullWord = required(words, "-NULL-");
        rootWord = required(words, "-ROOT-");
        nullTag = required(tags, "-NULL-");
        rootTag = required(tags, "-ROOT-");
        nullLabel = required(labelIds, "-NULL-");

        @SuppressWarnings("unchecked")
        List<String> transitions = (List<String>) field(system, "transitions");
        @SuppressWarnings("unchecked")
        List<String> labelList = (List<String>) field(system, "labels");
        String root = (String) field(system, "rootLabel");
        if (w2.length != transitions.size()) {
            throw new IllegalStateException(w2.length + " output rows for " + transitions.size() + " transitions");
        }
        labels = labelList.toArray(new String[0]);
        rootLabel = labelList.indexOf(root);
        labelFeature = new int[labels.length];
        for (int l = 0; l < labels.length; l++) {
            labelFeature[l] = required(labelIds, labels[l]);
        }
        kind = new byte[transitions.size()];
        transitionLabel = new int[transitions.size()];
        for (int t = 0; t < transitions.size(); t++) {
            String name = transitions.get(t);
            if (name.equals("S")) {
                kind[t] = SHIFT;
                transitionLabel[t] = -1;
            } else if ((name.startsWith("L(") || name.startsWith("R(")) && name.endsWith(")")) {
                kind[t] = name.charAt(0) == 'L' ? LEFT : RIGHT;
                transitionLabel[t] = labelList.indexOf(name.substring(2, name.length() - 1));
                if (transitionLabel[t] < 0) {
                    throw new IllegalStateException("transition " + name + " has no known label");
                }
            } else {
                throw new IllegalStateException("unknown transition " + name);
            }
        }
        if (rootLabel < 0) {
            throw new IllegalStateException("no root label " + root);
        }
        int s = -1;
        int r = -1;
        for (int t = 0; t < kind.length; t++) {
            if (kind[t] == SHIFT) {
                s = t;
            } else if (kind[t] == RIGHT && transitionLabel[t] == rootLabel && r < 0) {
                r = t;
            }
        }
        if (s < 0 || r < 0) {
            throw new IllegalStateException("no shift or no root arc among the transitions");
        }
        shift = s;
        rootArc = r;

        int width = FEATURES * embedding;
        w1t = new float[width * hidden];
        for (int i = 0; i < hidden; i++) {
            for (int c = 0; c < width; c++) {
                w1t[c * hidden + i] = w1[i][c];
            }
        }
        int nt = transitions.size();
        int blocks = (nt + BLOCK - 1) / BLOCK;
        w2b = new double[blocks * hidden * BLOCK];
        for (int t = 0; t < nt; t++) {
            for (int i = 0; i < hidden; i++) {
                w2b[((t / BLOCK) * hidden + i) * BLOCK + t % BLOCK] = w2[t][i];
            }
        }
        precomputedRow = new int[embeddings.length * FEATURES];
        Arrays.fill(precomputedRow, -1);
        for (int row = 0; row < precomputed.size(); row++) {
            precomputedRow[precomputed.get(row)] = row;
        }
        rows = new AtomicReferenceArray<>(precomputed.size());
    }

    /**
     * A precomputed row: for each hidden unit, the float products of input weight and embedding summed in
     * double in embedding order, as CoreNLP's {@code Classifier.preCompute} sums them. Computed on first use;
     * two threads that race compute the same values, and either array may stay.
     */
    double[] row(int row, int key) {
        double[] r = rows.get(row);
        if (r == null) {
            r = new double[hidden];
            float[] e = embeddings[key / FEATURES];
            int position = key % FEATURES;
            for (int k = 0; k < embedding; k++) {
                float ek = e[k];
                int base = (position * embedding + k) * hidden;
                for (int i = 0; i < hidden; i++) {
                    r[i] += (double) (w1t[base + i] * ek);
                }
            }
            rows.set(row, r);
        }
        return r;
    }

    /** Precomputed rows computed so far, for tests and the benchmark's notes. */
    public int rowsComputed() {
        int n = 0;
        for (int i = 0; i < rows.length(); i++) {
            n += rows.get(i) == null ? 0 : 1;
        }
        return n;
    }

    /** Reads the weights of a parser loaded by CoreNLP; fails with a {@link ModelLoadException} if they are not there. */
    public static NeuralParserWeights of(DependencyParser parser) {
        try {
            return new NeuralParserWeights(parser);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ModelLoadException("cannot read the weights of CoreNLP's dependency parser (is CoreNLP 4.5.x on"
                    + " the classpath?): " + e, e);
        }
    }

    int transitions() {
        return kind.length;
    }

    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id == null ? unknownWord : id;
    }

    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id == null ? unknownTag : id;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Class<?> c = owner.getClass();
        while (c != null) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                c = c.getSuperclass();
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
    }

    private static int required(Map<String, Integer> ids, String key) {
        Integer id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("no id for " + key);
        }
        return id;
    }
}
