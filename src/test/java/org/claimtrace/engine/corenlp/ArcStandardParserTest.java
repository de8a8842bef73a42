package org.claimtrace.engine.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ArcStandardParser} against CoreNLP's own {@code DependencyParser.predict} on small random models
 * written in CoreNLP's model format: the trees must be the same, label for label, on random sentences with
 * known and unknown words and tags. No real model is loaded (the real one is compared in {@code ParserEquivalenceIT}).
 */
class ArcStandardParserTest {
    private static final String[] LABELS = {"-NULL-", "root", "nsubj", "obj", "punct", "nmod:poss", "amod", "case"};
    private static final int WORDS = 40;
    private static final int TAGS = 6;

    @TempDir
    static Path dir;
    private static DependencyParser coreNlp;
    private static NeuralParserWeights weights;

    @BeforeAll
    static void writeAndLoadRandomModel() throws IOException {
        Path file = dir.resolve("random-model.txt");
        writeModel(file, new Random(7), 5, 12, 60);
        Properties props = new Properties();
        // the cached path is the one claimtrace reproduces (ParseStage loads with a cache too)
        props.setProperty("numCached", "100");
        coreNlp = DependencyParser.loadFromModelFile(file.toString(), props);
        weights = NeuralParserWeights.of(coreNlp);
    }

    @Test
    void givesCoreNlpsTreesOnRandomSentences() {
        ArcStandardParser parser = new ArcStandardParser(weights, 16);
        Random random = new Random(11);
        int arcs = 0;
        int tiedLeftArcs = 0;
        TreeSet<String> labelsSeen = new TreeSet<>();
        for (int s = 0; s < 300; s++) {
            int n = 1 + random.nextInt(s < 150 ? 12 : 40);
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                words.add(random.nextInt(8) == 0 ? "unseen" + i : "w" + random.nextInt(WORDS));
                tags.add(random.nextInt(10) == 0 ? "XX" : "T" + random.nextInt(TAGS));
            }
            ArcStandardParser.Tree ours = parser.parse(words, tags);
            ArcStandardParser.Tree theirs = coreNlp(words, tags);
            assertArrayEquals(theirs.heads(), ours.heads(), "heads of sentence " + s + " " + words);
            assertArrayEquals(theirs.labels(), ours.labels(), "labels of sentence " + s + " " + words);
            arcs += n;
            labelsSeen.addAll(Arrays.asList(ours.labels()));
            for (int i = 0; i < n; i++) {
                tiedLeftArcs += ours.labels()[i].equals("nsubj") && ours.heads()[i] > i + 1 ? 1 : 0;
                assertTrue(!ours.labels()[i].equals("obj") || ours.heads()[i] < i + 1, "a left arc labelled obj");
            }
        }
        assertTrue(tiedLeftArcs > 0, "no tied left arc was decided");
        // the comparison covered real trees, not one degenerate shape
        assertTrue(arcs > 3000, "arcs compared: " + arcs);
        assertTrue(labelsSeen.size() >= 5, "labels produced: " + labelsSeen);
        long[] counts = parser.cacheCounts();
        assertTrue(counts[0] > 0 && counts[0] < counts[1], "slice cache hits and lookups: " + Arrays.toString(counts));
    }

    @Test
    void aCacheOfOneSlotGivesTheSameTreesAsALargeOne() {
        ArcStandardParser small = new ArcStandardParser(weights, 1);
        ArcStandardParser large = new ArcStandardParser(weights, 4096);
        Random random = new Random(3);
        for (int s = 0; s < 50; s++) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(20); i < n; i++) {
                words.add("w" + random.nextInt(WORDS + 10));
                tags.add("T" + random.nextInt(TAGS));
            }
            assertEquals(Arrays.toString(large.parse(words, tags).heads()), Arrays.toString(small.parse(words, tags).heads()));
        }
    }

    @Test
    void aSliceCacheSlotBeingWrittenIsNeverFound() {
        ArcStandardParser.SliceCache cache = new ArcStandardParser.SliceCache(5, 3);
        assertEquals(-1, cache.find(42));
        int at = cache.evict(42);
        assertEquals(-1, cache.find(42), "found before its slice was stored");
        cache.store(42);
        assertEquals(at, cache.find(42));
        cache.evict(42);
        assertEquals(-1, cache.find(42));
        assertEquals(8 * 3, cache.values.length, "5 slots round up to 8");
    }

    @Test
    void everyWordGetsOneHeadAndExactlyOneIsTheRoot() {
        ArcStandardParser parser = new ArcStandardParser(weights, 64);
        ArcStandardParser.Tree t = parser.parse(List.of("w1", "w2", "w3", "w4", "w5"), List.of("T1", "T2", "T3", "T1", "T0"));
        assertEquals(5, t.heads().length);
        assertEquals(1, Arrays.stream(t.heads()).filter(h -> h == 0).count());
        for (int i = 0; i < 5; i++) {
            assertTrue(t.heads()[i] >= 0 && t.heads()[i] <= 5 && t.heads()[i] != i + 1);
            assertEquals(t.heads()[i] == 0, t.labels()[i].equals("root"));
        }
        assertEquals(0, parser.parse(List.of(), List.of()).heads().length);
        assertThrows(IllegalArgumentException.class, () -> parser.parse(List.of("a"), List.of()));
    }

    @Test
    void anInterruptedThreadStopsTheParse() {
        ArcStandardParser parser = new ArcStandardParser(weights, 64);
        Thread.currentThread().interrupt();
        try {
            assertThrows(edu.stanford.nlp.util.RuntimeInterruptedException.class,
                    () -> parser.parse(List.of("w1", "w2", "w3"), List.of("T1", "T2", "T3")));
        } finally {
            Thread.interrupted();
        }
    }

    private static ArcStandardParser.Tree coreNlp(List<String> words, List<String> tags) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            CoreLabel t = new CoreLabel();
            t.setWord(words.get(i));
            t.setValue(words.get(i));
            t.setTag(tags.get(i));
            t.setIndex(i + 1);
            tokens.add(t);
        }
        Annotation sentence = new Annotation(String.join(" ", words));
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        // the transition system's own output (DependencyTree), before the language's corrections
        try {
            Method predict = DependencyParser.class.getDeclaredMethod("predictInner", CoreMap.class);
            predict.setAccessible(true);
            Object tree = predict.invoke(coreNlp, sentence);
            Method head = tree.getClass().getDeclaredMethod("getHead", int.class);
            Method label = tree.getClass().getDeclaredMethod("getLabel", int.class);
            head.setAccessible(true);
            label.setAccessible(true);
            int[] heads = new int[words.size()];
            String[] labels = new String[words.size()];
            for (int i = 0; i < words.size(); i++) {
                heads[i] = (Integer) head.invoke(tree, i + 1);
                labels[i] = (String) label.invoke(tree, i + 1);
            }
            return new ArcStandardParser.Tree(heads, labels);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A model in CoreNLP's text format, with random weights and a random set of precomputed features. */
    private static void writeModel(Path file, Random r, int embedding, int hidden, int precomputed) throws IOException {
        List<String> words = new ArrayList<>(List.of("-UNKNOWN-", "-NULL-", "-ROOT-"));
        for (int i = 0; i < WORDS; i++) {
            words.add("w" + i);
        }
        List<String> tags = new ArrayList<>(List.of("-UNKNOWN-", "-NULL-", "-ROOT-"));
        for (int i = 0; i < TAGS; i++) {
            tags.add("T" + i);
        }
        int ids = words.size() + tags.size() + LABELS.length;
        int transitions = 2 * LABELS.length - 1;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("dict=" + words.size());
            out.println("pos=" + tags.size());
            out.println("label=" + LABELS.length);
            out.println("embeddingSize=" + embedding);
            out.println("hiddenSize=" + hidden);
            out.println("numTokens=48");
            out.println("preComputed=" + precomputed);
            List<String> names = new ArrayList<>(words);
            names.addAll(tags);
            names.addAll(List.of(LABELS));
            for (String name : names) {
                out.println(name + " " + numbers(r, embedding, 1.0));
            }
            for (int c = 0; c < 48 * embedding; c++) {
                out.println(numbers(r, hidden, 0.5));
            }
            out.println(numbers(r, hidden, 0.2));
            for (int i = 0; i < hidden; i++) {
                // L(obj) has the same output weights as L(nsubj): their scores tie exactly, and CoreNLP takes
                // the first, so no left arc is ever labelled obj
                String[] row = numbers(r, transitions, 1.0).split(" ");
                row[2] = row[1];
                out.println(String.join(" ", row));
            }
            TreeSet<Integer> keys = new TreeSet<>();
            while (keys.size() < precomputed) {
                // features that occur: tags and labels at their own positions, words at theirs
                int position = r.nextInt(48);
                int id = position < 18 ? r.nextInt(words.size())
                        : position < 36 ? words.size() + r.nextInt(tags.size())
                        : words.size() + tags.size() + r.nextInt(LABELS.length);
                keys.add(id * 48 + position);
            }
            StringBuilder line = new StringBuilder();
            for (int k : keys) {
                line.append(line.length() == 0 ? "" : " ").append(k);
            }
            out.println(line);
            assertTrue(ids * 48 > keys.last());
        }
    }

    private static String numbers(Random r, int count, double scale) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", (r.nextDouble() * 2 - 1) * scale));
        }
        return b.toString();
    }
}
