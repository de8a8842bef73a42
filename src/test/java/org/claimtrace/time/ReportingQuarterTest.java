package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.claimtrace.time.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportingQuarterTest {
    private static final LocalDate AUGUST = LocalDate.of(2011, 8, 2);

    @Test
    void aNamedQuarterIsTheLastOneOfThatNumber() {
        assertEquals(new ReportingQuarter.Quarter(2011, 2),
                ReportingQuarter.of(sentence(AUGUST, "Second-quarter/JJ revenue/NN rose/VBD")));
        assertEquals(new ReportingQuarter.Quarter(2010, 4),
                ReportingQuarter.of(sentence(AUGUST, "in/IN the/DT fourth/JJ quarter/NN")));
        assertEquals(new ReportingQuarter.Quarter(2011, 1),
                ReportingQuarter.of(sentence(AUGUST, "in/IN the/DT first/JJ fiscal/JJ quarter/NN")));
    }

    @Test
    void theQuarterIsTheLastOneOver() {
        assertEquals(new ReportingQuarter.Quarter(2011, 2),
                ReportingQuarter.of(sentence(AUGUST, "Profit/NN for/IN the/DT quarter/NN doubled/VBD")));
        assertEquals(new ReportingQuarter.Quarter(2010, 4), ReportingQuarter.lastCompleted(LocalDate.of(2011, 2, 1)));
    }

    @Test
    void noQuarterNoReportingPeriod() {
        assertNull(ReportingQuarter.of(sentence(AUGUST, "Profit/NN doubled/VBD from/IN a/DT year/NN ago/RB")));
        assertNull(ReportingQuarter.of(sentence(null, "Profit/NN for/IN the/DT quarter/NN doubled/VBD")));
    }

    @Test
    void aDocumentReportsOnTheFirstQuarterItNames() {
        java.util.List<java.util.List<Word>> doc = java.util.List.of(
                sentence(AUGUST, "Profit/NN for/IN the/DT quarter/NN doubled/VBD").words(),
                sentence(AUGUST, "First-quarter/JJ sales/NNS had/VBD fallen/VBN").words());
        assertEquals(new ReportingQuarter.Quarter(2011, 1), ReportingQuarter.ofDocument(doc, AUGUST));
        assertEquals(new ReportingQuarter.Quarter(2011, 2),
                ReportingQuarter.ofDocument(doc.subList(0, 1), AUGUST));
        assertNull(ReportingQuarter.ofDocument(java.util.List.of(
                sentence(AUGUST, "Sales/NNS rose/VBD a/DT quarter/NN of/IN a/DT point/NN").words()), AUGUST));
        assertNull(ReportingQuarter.ofDocument(doc, null));
    }

    @Test
    void aSentenceWithoutAQuarterTakesTheDocumentsQuarter() {
        Context c = new Context(sentence(AUGUST, "Sales/NNS rose/VBD from/IN a/DT year/NN ago/RB").words(), AUGUST,
                new ReportingQuarter.Quarter(2011, 1));
        assertEquals(new ReportingQuarter.Quarter(2011, 1), ReportingQuarter.of(c));
    }
}
