package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The timex evaluator end to end on the small hand-written TimeML file {@code tiny.tml} (gold: "Tuesday"
 * DATE 2021-03-02 at code points 17-24, "two weeks" DURATION P2W at 55-64, "every month" SET P1M at 74-85)
 * and hand-written predictions, with true positives, false positives and false negatives counted by hand.
 */
class TimeMlScoringTest {

    @Test
    void countsByHand() throws IOException {
        GoldDocument doc = TimeMlReader.readFile(TestFiles.resource("tiny.tml"));
        List<LabeledSpan> predicted = List.of(
                new LabeledSpan(17, 24, "DATE", "2021-03-02"),  // "Tuesday": exact, type and value right
                new LabeledSpan(48, 64, "DURATION", "P14D"),   // "within two weeks": overlaps, value differs
                new LabeledSpan(1, 10, "DATE", "2021"));        // "The board": nothing there
        TimexResult r = TimexScorer.score(doc, predicted);
        assertEquals("within two weeks", doc.text().substring(doc.text().offsetByCodePoints(0, 48),
                doc.text().offsetByCodePoints(0, 64)));
        // strict: TP Tuesday; FP within two weeks, The board; FN two weeks, every month -> 1/2/2
        assertEquals(new Prf(1, 2, 2), r.strict());
        // relaxed: TP Tuesday, within two weeks~two weeks; FP The board; FN every month -> 2/1/1
        assertEquals(new Prf(2, 1, 1), r.relaxed());
        // both relaxed pairs have the right type; only Tuesday has the right value
        assertEquals(2, r.typeCorrect());
        assertEquals(1, r.valueCorrect());
        assertEquals(0.5, r.valueAccuracy(), 1e-9);
    }
}
