package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.claimtrace.time.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportingPhrasesTest {
    /** 2012-05-09: second quarter; the first is the last one over. */
    private static final LocalDate MAY = LocalDate.of(2012, 5, 9);

    private static List<String> found(String tagged, ReportingQuarter.Quarter document) {
        Context c = new Context(sentence(MAY, tagged).words(), MAY, document);
        return ReportingPhrases.find(c).stream().map(t -> c.text(t) + "=" + t.value()).toList();
    }

    @Test
    void theQuarterIsTheLastOneOverOrTheNamedOne() {
        assertEquals(List.of("the quarter=2012-Q1"), found("Revenue/NN for/IN the/DT quarter/NN rose/VBD", null));
        assertEquals(List.of("the latest quarter=2012-Q1"),
                found("Costs/NNS grew/VBD in/IN the/DT latest/JJS quarter/NN", null));
        assertEquals(List.of("the current quarter=2012-Q2"),
                found("It/PRP expects/VBZ a/DT loss/NN in/IN the/DT current/JJ quarter/NN", null));
    }

    @Test
    void yearBeforeFollowsTheReportedQuarter() {
        assertEquals(List.of("the year-ago quarter=2011-Q1"),
                found("up/RB from/IN $/$ 3/CD in/IN the/DT year-ago/JJ quarter/NN", null));
        assertEquals(List.of("year-earlier=2010-Q4"),
                found("compared/VBN with/IN year-earlier/JJ sales/NNS", new ReportingQuarter.Quarter(2011, 4)));
        assertEquals(List.of("year-earlier=2011"), found("compared/VBN with/IN year-earlier/JJ sales/NNS", null));
    }

    @Test
    void fractionsAndOtherPeriodsAreNotReportingPeriods() {
        assertEquals(List.of(), found("a/DT quarter/NN of/IN the/DT shares/NNS", null));
        assertEquals(List.of(), found("the/DT quarter/NN of/IN a/DT century/NN", null));
        assertEquals(List.of(), found("during/IN the/DT latest/JJS period/NN of/IN growth/NN", null));
        assertEquals(List.of("the latest period=2011-Q4"),
                found("Sales/NNS in/IN the/DT latest/JJS period/NN rose/VBD", new ReportingQuarter.Quarter(2011, 4)));
    }
}
