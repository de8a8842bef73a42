package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.claimtrace.tools.eval.LabeledSpan.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerScorerTest {

    /** 100 code points; only [0, 60) is scored. */
    private static final GoldDocument DOC = new GoldDocument("d", "x".repeat(100), null, List.of(
            entity(0, 5, "PERSON"),          // G1
            entity(10, 15, "LOCATION"),      // G2
            entity(20, 30, "ORGANIZATION"),  // G3
            entity(40, 45, "PERSON")),       // G4
            List.of(new int[] {0, 60}));

    private static final List<LabeledSpan> PREDICTED = List.of(
            entity(0, 5, "PERSON"),          // P1 = G1
            entity(0, 5, "PERSON"),          // P2 duplicate of P1: G1 is already used
            entity(10, 15, "ORGANIZATION"),  // P3 G2's extent, wrong type
            entity(20, 29, "ORGANIZATION"),  // P4 G3's type, one code point short
            entity(50, 55, "LOCATION"),      // P5 nothing there
            entity(70, 75, "PERSON"),        // P6 outside the scored region: ignored
            entity(1, 4, "MISC"));           // P7 type not scored when types are restricted

    @Test
    void exactMatchingCountsByHand() {
        NerResult r = new NerScorer(NerScorer.Matching.EXACT, Set.of("PERSON", "LOCATION", "ORGANIZATION"))
                .add(DOC, PREDICTED).result();
        // PERSON: TP P1-G1; FP P2; FN G4.             -> 1/1/1
        // LOCATION: FP P5; FN G2.                      -> 0/1/1
        // ORGANIZATION: FP P3, P4; FN G3.              -> 0/2/1
        assertEquals(new Prf(1, 1, 1), r.byType().get("PERSON"));
        assertEquals(new Prf(0, 1, 1), r.byType().get("LOCATION"));
        assertEquals(new Prf(0, 2, 1), r.byType().get("ORGANIZATION"));
        assertEquals(new Prf(1, 4, 3), r.micro());
        assertEquals(0.2, r.micro().precision(), 1e-9);
        assertEquals(0.25, r.micro().recall(), 1e-9);
        assertEquals(2 * 0.2 * 0.25 / 0.45, r.micro().f1(), 1e-9);
        assertTrue(r.toMarkdown().contains("| PERSON | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 |"), r.toMarkdown());
        assertTrue(r.toMarkdown().contains("| **micro** | 1 | 4 | 3 | 0.200 | 0.250 | 0.222 |"), r.toMarkdown());
    }

    @Test
    void overlapMatchingCountsByHand() {
        NerResult r = new NerScorer(NerScorer.Matching.OVERLAP, Set.of("PERSON", "LOCATION", "ORGANIZATION"))
                .add(DOC, PREDICTED).result();
        // PERSON: TP P1-G1; FP P2 (one-to-one); FN G4.  -> 1/1/1
        // LOCATION: FP P5; FN G2 (P3 has another type). -> 0/1/1
        // ORGANIZATION: TP P4-G3; FP P3.                -> 1/1/0
        assertEquals(new Prf(1, 1, 1), r.byType().get("PERSON"));
        assertEquals(new Prf(0, 1, 1), r.byType().get("LOCATION"));
        assertEquals(new Prf(1, 1, 0), r.byType().get("ORGANIZATION"));
        assertEquals(new Prf(2, 3, 2), r.micro());
    }

    @Test
    void unrestrictedScorerKeepsEveryTypeAndAccumulatesDocuments() {
        NerScorer scorer = new NerScorer();
        scorer.add(DOC, PREDICTED);
        scorer.add(DOC, DOC.spans()); // a perfect second document: 4 more TP
        NerResult r = scorer.result();
        // First document as in the exact test plus MISC P7 as an FP; the second adds 4 TP (2 PERSON).
        assertEquals(new Prf(0, 1, 0), r.byType().get("MISC"));
        assertEquals(new Prf(3, 1, 1), r.byType().get("PERSON"));
        assertEquals(new Prf(5, 5, 3), r.micro());
    }

    @Test
    void emptyInputGivesZeroScores() {
        NerResult r = NerScorer.score(new GoldDocument("e", "", null, List.of(), null), List.of());
        assertEquals(Prf.ZERO, r.micro());
        assertEquals(0.0, r.micro().f1());
    }
}
