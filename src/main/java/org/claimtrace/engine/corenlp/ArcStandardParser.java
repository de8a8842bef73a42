package org.claimtrace.engine.corenlp;

import java.util.Arrays;
import java.util.List;

/**
 * Greedy arc-standard parsing with the weights of CoreNLP's neural dependency parser, giving the same trees
 * as its {@code DependencyParser.predict} at a fraction of the cost. One instance per thread: it keeps its
 * scratch arrays and a cache of hidden-layer slices (see {@link SliceCache}) between sentences.
 * <p>It computes what CoreNLP computes, in the same order for every sum, so the scores are bit for bit the
 * same (the equivalence is tested against CoreNLP on random models and on real sentences). What differs is
 * the bookkeeping: the configuration is int arrays with the two outermost children of each token kept as
 * arcs are added, instead of a scan of the sentence per feature; transitions are bytes, not strings parsed
 * at every step; the precomputed table is an array lookup instead of a boxed map; the output layer sums eight
 * transitions at a time in registers without reordering any sum;
 * and the slice cache belongs to the thread, so two threads never wait on one lock.
 */
public final class ArcStandardParser {
    private final NeuralParserWeights w;
    private final SliceCache cache;
    private final double[] hiddenLayer;
    private final double[] scores;
    private final double[] sliceSum;
    private final double[] block = new double[NeuralParserWeights.BLOCK];
    private final int[] features = new int[NeuralParserWeights.FEATURES];
    private int[] wordId = new int[0];
    private int[] tagId = new int[0];
    private int[] head = new int[0];
    private int[] label = new int[0];
    private int[] left1 = new int[0];
    private int[] left2 = new int[0];
    private int[] right1 = new int[0];
    private int[] right2 = new int[0];
    private int[] stack = new int[0];
    private int n;
    private int depth;
    private int next;

    /** @param cacheSlots slots of the per-thread slice cache (rounded up to a power of two, at least one) */
    public ArcStandardParser(NeuralParserWeights weights, int cacheSlots) {
        this.w = weights;
        this.cache = new SliceCache(cacheSlots, weights.hidden);
        this.hiddenLayer = new double[weights.hidden];
        this.scores = new double[weights.transitions()];
        this.sliceSum = new double[weights.hidden];
    }

    /** A parse: {@code heads[i]} is the 1-based head of word i+1 (0 for the root), {@code labels[i]} its label. */
    public record Tree(int[] heads, String[] labels) {
    }

    /**
     * Parses one sentence.
     *
     * @param words the words, as CoreNLP's {@code CoreLabel.word()}
     * @param tags  their part-of-speech tags, as {@code CoreLabel.tag()}
     * @throws edu.stanford.nlp.util.RuntimeInterruptedException if the thread is interrupted (a timed-out document)
     */
    public Tree parse(List<String> words, List<String> tags) {
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
        reset(words, tags);
        while (!(depth == 1 && next > n)) {
            if (Thread.interrupted()) {
                throw new edu.stanford.nlp.util.RuntimeInterruptedException();
            }
            apply(choose());
        }
        int[] heads = Arrays.copyOfRange(head, 1, n + 1);
        String[] names = new String[n];
        for (int i = 1; i <= n; i++) {
            names[i - 1] = w.labels[label[i]];
        }
        return new Tree(heads, names);
    }

    /** Slice cache hits and lookups since this parser was made, for the benchmark's notes. */
    public long[] cacheCounts() {
        return new long[] {cache.hits, cache.lookups};
    }

    private void reset(List<String> words, List<String> tags) {
        n = words.size();
        if (head.length < n + 1) {
            int size = Math.max(n + 1, head.length * 2);
            wordId = new int[size];
            tagId = new int[size];
            head = new int[size];
            label = new int[size];
            left1 = new int[size];
            left2 = new int[size];
            right1 = new int[size];
            right2 = new int[size];
            stack = new int[size];
        }
        for (int i = 1; i <= n; i++) {
            wordId[i] = w.wordId(words.get(i - 1));
            tagId[i] = w.tagId(tags.get(i - 1));
        }
        Arrays.fill(head, 0, n + 1, -1);
        Arrays.fill(label, 0, n + 1, -1);
        Arrays.fill(left1, 0, n + 1, -1);
        Arrays.fill(left2, 0, n + 1, -1);
        Arrays.fill(right1, 0, n + 1, -1);
        Arrays.fill(right2, 0, n + 1, -1);
        stack[0] = 0;
        depth = 1;
        next = 1;
    }

    /** The best applicable transition; CoreNLP's rule: the first of the highest scores. */
    private int choose() {
        boolean bufferEmpty = next > n;
        if (depth <= 2) {
            // only one transition applies: shift, or the root arc once the buffer is empty
            return bufferEmpty ? w.rootArc : w.shift;
        }
        int nt = w.transitions();
        score();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < nt; t++) {
            if (scores[t] > bestScore && applicable(t, bufferEmpty)) {
                bestScore = scores[t];
                best = t;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no applicable transition with a finite score");
        }
        return best;
    }

    private boolean applicable(int t, boolean bufferEmpty) {
        byte k = w.kind[t];
        if (k == NeuralParserWeights.SHIFT) {
            return !bufferEmpty;
        }
        boolean root = w.transitionLabel[t] == w.rootLabel;
        if (k == NeuralParserWeights.LEFT) {
            return depth > 2 && !root;
        }
        return depth > 2 ? !root : depth == 2 && bufferEmpty && root;
    }

    private void apply(int t) {
        byte k = w.kind[t];
        if (k == NeuralParserWeights.SHIFT) {
            stack[depth++] = next++;
            return;
        }
        int top = stack[depth - 1];
        int second = stack[depth - 2];
        if (k == NeuralParserWeights.LEFT) {
            attach(top, second, w.transitionLabel[t]);
            stack[depth - 2] = top;
        } else {
            attach(second, top, w.transitionLabel[t]);
        }
        depth--;
    }

    private void attach(int h, int d, int l) {
        head[d] = h;
        label[d] = l;
        if (d < h) {
            if (left1[h] < 0 || d < left1[h]) {
                left2[h] = left1[h];
                left1[h] = d;
            } else if (left2[h] < 0 || d < left2[h]) {
                left2[h] = d;
            }
        } else {
            if (d > right1[h]) {
                right2[h] = right1[h];
                right1[h] = d;
            } else if (d > right2[h]) {
                right2[h] = d;
            }
        }
    }

    private int stackAt(int j) {
        return j < depth ? stack[depth - 1 - j] : -1;
    }

    private int bufferAt(int j) {
        return next + j <= n ? next + j : -1;
    }

    private int wordFeature(int k) {
        return k == 0 ? w.rootWord : k < 0 || k > n ? w.nullWord : wordId[k];
    }

    private int tagFeature(int k) {
        return k == 0 ? w.rootTag : k < 0 || k > n ? w.nullTag : tagId[k];
    }

    private int labelFeature(int k) {
        return k <= 0 || k > n ? w.nullLabel : w.labelFeature[label[k]];
    }

    private int leftChild(int k) {
        return k < 0 || k > n ? -1 : left1[k];
    }

    private int rightChild(int k) {
        return k < 0 || k > n ? -1 : right1[k];
    }

    /** The 48 feature ids, in CoreNLP's order: words, then tags, then labels. */
    private void extract() {
        int[] f = features;
        int word = 0;
        int tag = NeuralParserWeights.WORD_FEATURES;
        int lab = NeuralParserWeights.WORD_FEATURES + NeuralParserWeights.TAG_FEATURES;
        for (int j = 2; j >= 0; j--) {
            int k = stackAt(j);
            f[word++] = wordFeature(k);
            f[tag++] = tagFeature(k);
        }
        for (int j = 0; j <= 2; j++) {
            int k = bufferAt(j);
            f[word++] = wordFeature(k);
            f[tag++] = tagFeature(k);
        }
        for (int j = 0; j <= 1; j++) {
            int k = stackAt(j);
            boolean in = k >= 0 && k <= n;
            int lc = leftChild(k);
            int rc = rightChild(k);
            lab = child(f, word, tag, lab, lc);
            lab = child(f, word + 1, tag + 1, lab, rc);
            lab = child(f, word + 2, tag + 2, lab, in ? left2[k] : -1);
            lab = child(f, word + 3, tag + 3, lab, in ? right2[k] : -1);
            lab = child(f, word + 4, tag + 4, lab, leftChild(lc));
            lab = child(f, word + 5, tag + 5, lab, rightChild(rc));
            word += 6;
            tag += 6;
        }
    }

    private int child(int[] f, int word, int tag, int lab, int c) {
        f[word] = wordFeature(c);
        f[tag] = tagFeature(c);
        f[lab] = labelFeature(c);
        return lab + 1;
    }

    /** Hidden layer and output scores, summed in CoreNLP's order. */
    private void score() {
        extract();
        int hid = w.hidden;
        double[] h = hiddenLayer;
        Arrays.fill(h, 0);
        for (int j = 0; j < NeuralParserWeights.FEATURES; j++) {
            int key = features[j] * NeuralParserWeights.FEATURES + j;
            int row = w.precomputedRow[key];
            if (row >= 0) {
                double[] s = w.row(row, key);
                for (int i = 0; i < hid; i++) {
                    h[i] += s[i];
                }
            } else {
                float[] slice = cache.values;
                int at = cache.find(key);
                if (at < 0) {
                    at = cache.evict(key);
                    computeSlice(features[j], j, slice, at);
                    cache.store(key);
                }
                for (int i = 0; i < hid; i++) {
                    h[i] += slice[at + i];
                }
            }
        }
        float[] b1 = w.b1;
        for (int i = 0; i < hid; i++) {
            double v = h[i] + b1[i];
            h[i] = v * v * v;
        }
        outputLayer(h, hid);
    }

    /**
     * The scores, eight transitions at a time: eight sums kept in registers over the hidden units, each still
     * taken in CoreNLP's order (from zero, hidden unit 0 first). Two to three times faster than updating an
     * array of 83 sums per hidden unit, and the same bits.
     */
    private void outputLayer(double[] h, int hid) {
        int nt = w.transitions();
        double[] wb = w.w2b;
        double[] out = scores;
        for (int t0 = 0, p = 0; t0 < nt; t0 += NeuralParserWeights.BLOCK) {
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            double a4 = 0;
            double a5 = 0;
            double a6 = 0;
            double a7 = 0;
            for (int i = 0; i < hid; i++, p += NeuralParserWeights.BLOCK) {
                double v = h[i];
                a0 += v * wb[p];
                a1 += v * wb[p + 1];
                a2 += v * wb[p + 2];
                a3 += v * wb[p + 3];
                a4 += v * wb[p + 4];
                a5 += v * wb[p + 5];
                a6 += v * wb[p + 6];
                a7 += v * wb[p + 7];
            }
            double[] b = block;
            b[0] = a0;
            b[1] = a1;
            b[2] = a2;
            b[3] = a3;
            b[4] = a4;
            b[5] = a5;
            b[6] = a6;
            b[7] = a7;
            System.arraycopy(b, 0, out, t0, Math.min(NeuralParserWeights.BLOCK, nt - t0));
        }
    }

    /**
     * One feature's contribution to the hidden layer, as CoreNLP caches it: for each hidden unit, the float
     * products of weight and embedding summed in double in embedding order, then rounded to float.
     */
    private void computeSlice(int id, int position, float[] into, int at) {
        int hid = w.hidden;
        int emb = w.embedding;
        float[] e = w.embeddings[id];
        float[] w1t = w.w1t;
        double[] sum = sliceSum;
        Arrays.fill(sum, 0);
        for (int k = 0; k < emb; k++) {
            float ek = e[k];
            int base = (position * emb + k) * hid;
            for (int i = 0; i < hid; i++) {
                sum[i] += (double) (w1t[base + i] * ek);
            }
        }
        for (int i = 0; i < hid; i++) {
            into[at + i] = (float) sum[i];
        }
    }

    /**
     * A direct-mapped cache of hidden-layer slices for the features that are not precomputed (rare words in a
     * given position). A slice costs one pass over its 50 x hidden weights; a news sentence meets the same
     * rare word in several positions and the same names again and again.
     */
    static final class SliceCache {
        final float[] values;
        private final int[] keys;
        private final int mask;
        private final int width;
        long hits;
        long lookups;

        SliceCache(int slots, int width) {
            int size = Math.max(1, Integer.highestOneBit(Math.max(1, slots)));
            if (size < slots) {
                size <<= 1;
            }
            this.keys = new int[size];
            Arrays.fill(keys, -1);
            this.values = new float[size * width];
            this.mask = size - 1;
            this.width = width;
        }

        private int slot(int key) {
            int x = key * 0x9E3779B9;
            return (x ^ (x >>> 16)) & mask;
        }

        /** The offset of the key's slice in {@link #values}, or -1. */
        int find(int key) {
            lookups++;
            int s = slot(key);
            if (keys[s] == key) {
                hits++;
                return s * width;
            }
            return -1;
        }

        /**
         * Empties the key's slot (a slice half written, by a thread stopped in the middle, is never found) and
         * returns the offset to write the key's slice at; {@link #store} then gives the slot to the key.
         */
        int evict(int key) {
            int s = slot(key);
            keys[s] = -1;
            return s * width;
        }

        void store(int key) {
            keys[slot(key)] = key;
        }
    }
}
