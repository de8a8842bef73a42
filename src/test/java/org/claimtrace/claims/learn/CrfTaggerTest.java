package org.claimtrace.claims.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRF trains deterministically on one thread, and pruning drops only small weights. */
class CrfTaggerTest {
    /** Random sentences in which "said" and "told" are cues more often than not. */
    private static List<List<CrfTagger.Item>> data(long seed) {
        Random r = new Random(seed);
        String[] words = {"ann", "said", "told", "rain", "the", "plan", "failed", "bob", "voters"};
        List<List<CrfTagger.Item>> out = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            List<CrfTagger.Item> seq = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String w = words[r.nextInt(words.length)];
                boolean cue = (w.equals("said") || w.equals("told")) && r.nextInt(5) > 0;
                seq.add(new CrfTagger.Item(List.of("w=" + w, "i=" + i), List.of("b"), cue ? "CUE" : CrfTagger.BACKGROUND));
            }
            out.add(seq);
        }
        return out;
    }

    private static byte[] bytes(CrfTagger t) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            t.write(o);
        }
        return b.toByteArray();
    }

    @Test
    void twoTrainingsOnOneThreadGiveTheSameWeights() throws IOException {
        CrfTagger a = CrfTagger.train(data(3), CrfTagger.trainingProperties(1.0, 50, 1, 1));
        CrfTagger b = CrfTagger.train(data(3), CrfTagger.trainingProperties(1.0, 50, 1, 1));
        assertArrayEquals(bytes(a), bytes(b));
    }

    @Test
    void pruningKeepsTheDecisionsAndDropsWeights() {
        CrfTagger full = CrfTagger.train(data(5), CrfTagger.trainingProperties(1.0, 50, 1, 1));
        CrfTagger pruned = full.pruned(0.05f);
        assertTrue(pruned.featureCount() < full.featureCount(), pruned.featureCount() + " vs " + full.featureCount());
        for (List<CrfTagger.Item> seq : data(9)) {
            assertArrayEquals(full.tag(seq).labels(), pruned.tag(seq).labels());
        }
        assertEquals(List.of("CUE", "O").stream().sorted().toList(), full.labelNames().stream().sorted().toList());
    }
}
