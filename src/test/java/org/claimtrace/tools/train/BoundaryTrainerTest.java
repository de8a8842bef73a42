package org.claimtrace.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The boundary classifier learns which candidate is gold, skips decisions without one, and trains the same twice. */
class BoundaryTrainerTest {
    /** Five candidates; the gold one is the one after a comma, wherever the tagger put the boundary. */
    private static BoundaryTrainer.Decision decision(int gold, int tagged) {
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(List.of(i == gold ? "next=,:," : "next=NN", "d=" + (i - tagged)));
        }
        return new BoundaryTrainer.Decision(candidates, gold, tagged, gold, tagged, 0);
    }

    private static List<BoundaryTrainer.Decision> decisions() {
        List<BoundaryTrainer.Decision> out = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            out.add(decision(k % 5, (k * 3) % 5));
        }
        // no gold among the candidates: nothing to learn from
        out.add(new BoundaryTrainer.Decision(List.of(List.of("next=,:,"), List.of("next=NN")), -1, 1, 9, 1, 0));
        return out;
    }

    @Test
    void theGoldCandidateIsChosenWhereverTheTaggerWas() {
        LinearClassifier<String, String> c = BoundaryTrainer.train(decisions(), 1.0);
        assertEquals(3, BoundaryTrainer.choose(c, decision(3, 0)));
        assertEquals(0, BoundaryTrainer.choose(c, decision(0, 4)));
    }

    @Test
    void trainingTwiceGivesTheSameWeights() {
        LinearClassifier<String, String> a = BoundaryTrainer.train(decisions(), 1.0);
        LinearClassifier<String, String> b = BoundaryTrainer.train(decisions(), 1.0);
        BasicDatum<String, String> probe = new BasicDatum<>(List.of("next=,:,", "d=1"));
        assertEquals(a.scoreOf(probe, "Y"), b.scoreOf(probe, "Y"), 0.0);
    }
}
