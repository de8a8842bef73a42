package org.claimtrace.claims;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaxentCueScorerTest {

    /** Invented events: reporting verbs with a clausal complement are cues, motion verbs are not. */
    private static List<Event> events() {
        List<Event> out = new ArrayList<>();
        String[] cues = {"say", "claim", "warn", "insist"};
        String[] others = {"walk", "run", "drive", "swim"};
        for (int i = 0; i < 5; i++) {
            for (String c : cues) {
                out.add(new Event(MaxentCueScorer.CUE, new String[]{"bias", "lemma=" + c, "has=ccomp", "subj=proper"}));
            }
            for (String o : others) {
                out.add(new Event(MaxentCueScorer.OTHER, new String[]{"bias", "lemma=" + o, "has=obl", "subj=common"}));
            }
        }
        return out;
    }

    private static final List<String> CUE_LIKE = List.of("bias", "lemma=say", "has=ccomp", "subj=proper");
    private static final List<String> OTHER_LIKE = List.of("bias", "lemma=walk", "has=obl", "subj=common");
    private static final List<String> UNSEEN = List.of("bias", "lemma=unseen", "has=ccomp", "subj=proper");

    @Test
    void separatesTheClassesAndTrainsDeterministically() throws IOException {
        MaxentCueScorer a = new MaxentCueScorer(MaxentCueScorer.train(events(), 50, 1), 0.5, 0.9);
        MaxentCueScorer b = new MaxentCueScorer(MaxentCueScorer.train(events(), 50, 1), 0.5, 0.9);
        assertTrue(a.probability(CUE_LIKE) > 0.9, "cue: " + a.probability(CUE_LIKE));
        assertTrue(a.probability(OTHER_LIKE) < 0.1, "other: " + a.probability(OTHER_LIKE));
        assertTrue(a.probability(UNSEEN) > 0.5, "a clausal complement alone points to a cue");
        for (List<String> f : List.of(CUE_LIKE, OTHER_LIKE, UNSEEN)) {
            assertEquals(a.probability(f), b.probability(f), 0.0, "retraining must give the same weights");
        }
    }

    @Test
    void savesAndLoadsTheModelWithItsThresholds() throws IOException {
        MaxentModel model = MaxentCueScorer.train(events(), 50, 1);
        MaxentCueScorer a = new MaxentCueScorer(model, 0.35, 0.8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.save(bytes);
        MaxentCueScorer b = MaxentCueScorer.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(0.35, b.lexiconThreshold());
        assertEquals(0.8, b.openThreshold());
        for (List<String> f : List.of(CUE_LIKE, OTHER_LIKE, UNSEEN)) {
            assertEquals(a.probability(f), b.probability(f), 1e-12);
        }
    }
}
