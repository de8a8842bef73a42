package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The NER evaluator end to end on a small hand-written CoNLL-2003 file ({@code scored.conll}, two documents)
 * and hand-written predictions, with true positives, false positives and false negatives counted by hand.
 */
class ConllScoringTest {
    private static final Set<String> TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    /** Gold, by hand (MISC "Brussels-based" is dropped):
     * document 1: PER Karin Olsen, ORG Nordbank, LOC Norway (IOB1 start), ORG European Union, ORG Eurostat, PER Olsen;
     * document 2: ORG New York Mets, ORG Boston Red Sox, LOC New York, PER Pedro Alvarez, ORG Mets. */
    private static List<GoldDocument> gold() throws IOException {
        return ConllReader.read(TestFiles.resource("scored.conll"));
    }

    /** The n-th (from 0) occurrence of {@code text} in the document, as a span of {@code type}. */
    private static LabeledSpan at(GoldDocument d, String text, int n, String type) {
        int from = -1;
        for (int i = 0; i <= n; i++) {
            from = d.text().indexOf(text, from + 1);
        }
        return LabeledSpan.entity(from, from + text.length(), type);
    }

    private static List<List<LabeledSpan>> predictions(List<GoldDocument> g) {
        GoldDocument d1 = g.get(0);
        GoldDocument d2 = g.get(1);
        return List.of(
                List.of(at(d1, "Karin Olsen", 0, "PERSON"),          // TP
                        at(d1, "Nordbank", 0, "ORGANIZATION"),        // TP
                        at(d1, "Norway", 0, "LOCATION"),              // TP
                        at(d1, "The European Union", 0, "ORGANIZATION"), // exact: FP (+ FN European Union); overlap: TP
                        at(d1, "Brussels", 0, "LOCATION"),            // FP (part of the dropped MISC token)
                        at(d1, "Olsen", 1, "PERSON")),                // TP; Eurostat is missed: FN
                List.of(at(d2, "New York", 0, "LOCATION"),            // FP, and New York Mets is an FN
                        at(d2, "Boston Red Sox", 0, "ORGANIZATION"),  // TP
                        at(d2, "New York", 1, "LOCATION"),            // TP
                        at(d2, "Pedro Alvarez", 0, "PERSON"),         // TP
                        at(d2, "Mets", 1, "ORGANIZATION")));          // TP (the second "Mets", after "the")
    }

    @Test
    void goldSpansAreTheHandListedOnes() throws IOException {
        List<GoldDocument> g = gold();
        assertEquals(List.of("Karin Olsen", "Nordbank", "Norway", "European Union", "Eurostat", "Olsen"),
                g.get(0).spans().stream().map(s -> g.get(0).textOf(s)).toList());
        assertEquals(List.of("New York Mets", "Boston Red Sox", "New York", "Pedro Alvarez", "Mets"),
                g.get(1).spans().stream().map(s -> g.get(1).textOf(s)).toList());
    }

    @Test
    void exactCountsByHand() throws IOException {
        List<GoldDocument> g = gold();
        List<List<LabeledSpan>> p = predictions(g);
        NerScorer scorer = new NerScorer(NerScorer.Matching.EXACT, TYPES);
        scorer.add(g.get(0), p.get(0)).add(g.get(1), p.get(1));
        NerResult r = scorer.result();
        // PERSON: TP Karin Olsen, Olsen, Pedro Alvarez.                       -> 3/0/0
        // LOCATION: TP Norway, New York (2nd); FP Brussels, New York (1st).   -> 2/2/0
        // ORGANIZATION: TP Nordbank, Boston Red Sox, Mets; FP The European Union;
        //               FN European Union, Eurostat, New York Mets.           -> 3/1/3
        assertEquals(new Prf(3, 0, 0), r.byType().get("PERSON"));
        assertEquals(new Prf(2, 2, 0), r.byType().get("LOCATION"));
        assertEquals(new Prf(3, 1, 3), r.byType().get("ORGANIZATION"));
        assertEquals(new Prf(8, 3, 3), r.micro());
        assertEquals(8.0 / 11, r.micro().f1(), 1e-9);
    }

    @Test
    void overlapCountsByHand() throws IOException {
        List<GoldDocument> g = gold();
        List<List<LabeledSpan>> p = predictions(g);
        NerScorer scorer = new NerScorer(NerScorer.Matching.OVERLAP, TYPES);
        scorer.add(g.get(0), p.get(0)).add(g.get(1), p.get(1));
        NerResult r = scorer.result();
        // As exact, except that The European Union now matches European Union:
        // ORGANIZATION TP 4, FP 0, FN Eurostat and New York Mets (the LOCATION New York has another type).
        assertEquals(new Prf(3, 0, 0), r.byType().get("PERSON"));
        assertEquals(new Prf(2, 2, 0), r.byType().get("LOCATION"));
        assertEquals(new Prf(4, 0, 2), r.byType().get("ORGANIZATION"));
        assertEquals(new Prf(9, 2, 2), r.micro());
    }
}
