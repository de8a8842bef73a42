package org.claimtrace.claims.learn;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import org.claimtrace.claims.rules.ParsedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundary classifiers move a content's end where they learnt it belongs, never into the cue or the source,
 * and survive the model file.
 */
class ContentBoundariesTest {
    /** "Ann said that taxes will rise , but officials disagree ." */
    private static final AttributionInput SENTENCE = ParsedSentence.of("Ann/NNP/1/nsubj", "said/VBD/-1/root",
            "that/IN/5/mark", "taxes/NNS/5/nsubj", "will/MD/5/aux", "rise/VB/1/ccomp", ",/,/9/punct", "but/CC/9/cc",
            "officials/NNS/9/nsubj", "disagree/VBP/1/conj", "./././punct".replace("/./punct", "/1/punct"));
    private static final CueSpan SAID = new CueSpan(1, 2, 1, 0);

    private static ContentBoundaries trained;

    /** The role tagger's decision for "said": Ann is the source and the content runs from {@code b} to {@code e}. */
    private static RoleAssignment tagged(int b, int e) {
        BitSet source = new BitSet();
        source.set(0);
        BitSet content = new BitSet();
        content.set(b, e);
        double[] marginals = new double[SENTENCE.size()];
        for (int t = b; t < e; t++) {
            marginals[t] = 0.8;
        }
        return new RoleAssignment(new DetectedCue(SAID, 1), source, content, 0.8, 0, marginals);
    }

    /**
     * Classifiers that learnt from taggings too long and too short that a content ends before ", but" and starts
     * after "that".
     */
    @BeforeAll
    static void train() {
        Dataset<String, String> starts = new Dataset<>();
        Dataset<String, String> ends = new Dataset<>();
        for (int[] taggedSpan : new int[][]{{2, 10}, {3, 6}, {2, 6}, {3, 10}, {3, 8}, {2, 7}}) {
            RoleAssignment a = tagged(taggedSpan[0], taggedSpan[1]);
            int[] sr = ContentBoundaries.startCandidates(SENTENCE, a);
            for (int p = sr[0]; p < sr[1]; p++) {
                starts.add(new BasicDatum<>(BoundaryFeatures.start(SENTENCE, a, p, taggedSpan[0]), p == 3 ? "Y" : "N"));
            }
            int[] er = ContentBoundaries.endCandidates(SENTENCE, a);
            for (int p = er[0]; p < er[1]; p++) {
                ends.add(new BasicDatum<>(BoundaryFeatures.end(SENTENCE, a, p, taggedSpan[1]), p == 6 ? "Y" : "N"));
            }
        }
        LinearClassifierFactory<String, String> f = new LinearClassifierFactory<>(1e-4, false, 1.0);
        f.setVerbose(false);
        LinearClassifier<String, String> s = f.trainClassifier(starts);
        LinearClassifier<String, String> e = f.trainClassifier(ends);
        trained = new ContentBoundaries(s, e);
    }

    private static int[] extent(RoleAssignment a) {
        List<int[]> runs = a.contentRuns();
        return new int[]{runs.get(0)[0], runs.get(runs.size() - 1)[1]};
    }

    @Test
    void aContentRunningPastButEndsBeforeIt() {
        RoleAssignment moved = trained.adjust(SENTENCE, tagged(2, 11));
        assertEquals(3, extent(moved)[0]);
        assertEquals(6, extent(moved)[1]);
        assertTrue(moved.source().get(0), "the source stays");
    }

    @Test
    void aRightContentStaysAsItIs() {
        RoleAssignment a = tagged(3, 6);
        int[] e = extent(trained.adjust(SENTENCE, a));
        assertEquals(3, e[0]);
        assertEquals(6, e[1]);
    }

    @Test
    void candidatesNeverReachIntoTheCueOrTheSource() {
        RoleAssignment after = tagged(2, 6);
        assertEquals(2, ContentBoundaries.startCandidates(SENTENCE, after)[0], "a content after the cue starts after it");
        BitSet source = new BitSet();
        source.set(5);
        BitSet content = new BitSet();
        content.set(2, 4);
        RoleAssignment before = new RoleAssignment(new DetectedCue(new CueSpan(6, 7, 6, 0), 1), source, content, 0.5, 0,
                new double[SENTENCE.size()]);
        int[] er = ContentBoundaries.endCandidates(SENTENCE, before);
        assertEquals(6, er[1], "the last candidate end is the source's first token");
    }

    @Test
    void noClassifiersLeaveTheTaggerAlone() {
        RoleAssignment a = tagged(2, 11);
        assertSame(a, ContentBoundaries.NONE.adjust(SENTENCE, a));
    }

    @Test
    void theClassifiersSurviveTheModelFile() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            trained.write(o);
            ContentBoundaries.NONE.write(o);
        }
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ContentBoundaries back = ContentBoundaries.read(i);
            assertEquals(extent(trained.adjust(SENTENCE, tagged(2, 11)))[1], extent(back.adjust(SENTENCE, tagged(2, 11)))[1]);
            assertTrue(ContentBoundaries.read(i).isNone());
        }
    }
}
