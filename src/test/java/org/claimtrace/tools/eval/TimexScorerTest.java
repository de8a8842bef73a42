package org.claimtrace.tools.eval;

import org.claimtrace.tools.Prf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimexScorerTest {

    private static final GoldDocument DOC = new GoldDocument("d", "x".repeat(100), null, List.of(
            new LabeledSpan(0, 10, "DATE", "2021-05-03"),          // G1
            new LabeledSpan(20, 30, "DURATION", "P2Y"),            // G2
            new LabeledSpan(40, 50, "DATE", "2021-05"),            // G3
            new LabeledSpan(60, 70, "TIME", "2021-05-03T10:00")),  // G4
            null);

    private static final List<LabeledSpan> PREDICTED = List.of(
            new LabeledSpan(0, 10, "DATE", "2021-05-03"),  // P1 exact, type and value right
            new LabeledSpan(2, 8, "DATE", "2021-05-03"),   // P2 inside G1, but G1 is taken by P1
            new LabeledSpan(18, 25, "DURATION", "P2Y"),    // P3 overlaps G2, type and value right
            new LabeledSpan(45, 55, "TIME", "2021-05"),    // P4 overlaps G3, wrong type, right value
            new LabeledSpan(80, 90, "DATE", "2021"));      // P5 nothing there

    @Test
    void tempEval3CountsByHand() {
        TimexResult r = TimexScorer.score(DOC, PREDICTED);
        // strict: TP P1; FP P2..P5; FN G2..G4                 -> 1/4/3
        assertEquals(new Prf(1, 4, 3), r.strict());
        // relaxed (one-to-one): TP P1-G1, P3-G2, P4-G3; FP P2, P5; FN G4 -> 3/2/1
        assertEquals(new Prf(3, 2, 1), r.relaxed());
        // type right for P1, P3; value right for P1, P3, P4
        assertEquals(2, r.typeCorrect());
        assertEquals(3, r.valueCorrect());

        double relaxedF1 = 2 * 0.6 * 0.75 / (0.6 + 0.75); // P = 3/5, R = 3/4 -> 2/3
        assertEquals(2.0 / 3, relaxedF1, 1e-9);
        assertEquals(relaxedF1, r.relaxed().f1(), 1e-9);
        assertEquals(2.0 / 3, r.typeAccuracy(), 1e-9);
        assertEquals(1.0, r.valueAccuracy(), 1e-9);
        assertEquals(2.0 / 3 * relaxedF1, r.typeF1(), 1e-9);
        assertEquals(relaxedF1, r.valueF1(), 1e-9);
        assertEquals(0.6, r.valuePrecision(), 1e-9);
        assertEquals(0.75, r.valueRecall(), 1e-9);
        assertTrue(r.toMarkdown().contains("| relaxed | 3 | 2 | 1 | 0.600 | 0.750 | 0.667 |"), r.toMarkdown());
    }

    @Test
    void valueErrorsLowerValueF1Only() {
        TimexResult r = TimexScorer.score(DOC, List.of(new LabeledSpan(0, 10, "DATE", "2021-05-04")));
        // 1 relaxed and strict TP, 0 FP, 3 FN; value wrong.
        assertEquals(new Prf(1, 0, 3), r.relaxed());
        assertEquals(1.0, r.typeAccuracy(), 1e-9);
        assertEquals(0.0, r.valueAccuracy(), 1e-9);
        assertEquals(0.0, r.valueF1(), 1e-9);
        assertEquals(0.4, r.typeF1(), 1e-9); // 1.0 x F1(P=1, R=0.25) = 0.4
    }

    @Test
    void noMatchesGivesZeroAccuracy() {
        TimexResult r = new TimexScorer().result();
        assertEquals(0.0, r.valueAccuracy());
        assertEquals(0.0, r.valueF1());
    }

    /** A TimeML file written for this test, read with {@link TimeMlReader}, scored against four predictions. */
    @Test
    void handWrittenTimeMlFileCountedByHand(@TempDir Path dir) throws IOException {
        Path tml = dir.resolve("hand.tml");
        Files.writeString(tml, """
                <?xml version="1.0" ?>
                <TimeML>
                <DOCID>hand-1</DOCID>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-03" functionInDocument="CREATION_TIME">2021-03-03</TIMEX3></DCT>
                <TEXT>
                On <TIMEX3 tid="t1" type="DATE" value="2021-03-01">Monday</TIMEX3> the board said profit rose in \
                <TIMEX3 tid="t2" type="DATE" value="2020-Q4">the fourth quarter</TIMEX3> and it will report \
                <TIMEX3 tid="t3" type="SET" value="P1M">every month</TIMEX3> for \
                <TIMEX3 tid="t4" type="DURATION" value="P2Y">two years</TIMEX3>.
                </TEXT>
                </TimeML>
                """);
        GoldDocument doc = TimeMlReader.readFile(tml);
        assertEquals(4, doc.spans().size(), doc.spans().toString());
        String text = doc.text();
        List<LabeledSpan> predicted = List.of(
                at(text, "Monday", "DATE", "2021-03-01"),          // G1: exact span, right value
                at(text, "fourth quarter", "DATE", "2020-Q4"),     // G2: overlap only, right value
                at(text, "every month", "SET", "P1W"),             // G3: exact span, wrong value
                at(text, "the board", "DATE", "PRESENT_REF"));     // no gold there
        TimexResult r = TimexScorer.score(doc, predicted);
        // strict: TP Monday, every month; FP fourth quarter, the board; FN the fourth quarter, two years
        assertEquals(new Prf(2, 2, 2), r.strict());
        // relaxed: TP Monday, fourth quarter, every month; FP the board; FN two years
        assertEquals(new Prf(3, 1, 1), r.relaxed());
        assertEquals(3, r.typeCorrect());
        assertEquals(2, r.valueCorrect()); // "every month" has P1W for P1M
        assertEquals(0.75, r.relaxed().f1(), 1e-9);
        assertEquals(2.0 / 3 * 0.75, r.valueF1(), 1e-9);
    }

    private static LabeledSpan at(String text, String words, String type, String value) {
        int i = text.indexOf(words);
        assertTrue(i >= 0, words);
        int begin = text.codePointCount(0, i);
        return new LabeledSpan(begin, begin + words.codePointCount(0, words.length()), type, value);
    }
}
