package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimtrace.time.Sentences.WEDNESDAY;
import static org.claimtrace.time.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseDetectorTest {

    private static List<String> found(String tagged) {
        Context c = sentence(WEDNESDAY, tagged);
        return PhraseDetector.find(c).stream().map(t -> c.text(t) + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void windowsOfTime() {
        assertEquals(List.of("the past five trading days=DURATION:P5D"),
                found("For/IN the/DT past/JJ five/CD trading/NN days/NNS ,/, stocks/NNS fell/VBD"));
        assertEquals(List.of("the next six months=DURATION:P6M"), found("within/IN the/DT next/JJ six/CD months/NNS"));
        assertEquals(List.of("the last 3 years=DURATION:P3Y"), found("in/IN the/DT last/JJ 3/CD years/NNS"));
        assertEquals(List.of(), found("the/DT last/JJ year/NN"));
        assertEquals(List.of(), found("in/IN the/DT final/JJ three/CD months/NNS of/IN 2024/CD"));
    }

    @Test
    void runs() {
        assertEquals(List.of("six straight days=DURATION:P6D"), found("after/IN six/CD straight/JJ days/NNS"));
        assertEquals(List.of("two consecutive quarters=DURATION:P2Q"),
                found("posting/VBG two/CD consecutive/JJ quarters/NNS of/IN decline/NN"));
    }

    @Test
    void halves() {
        assertEquals(List.of("two and a half years=DURATION:P2.5Y"),
                found("is/VBZ almost/RB two/CD and/CC a/DT half/NN years/NNS behind/IN schedule/NN"));
    }

    @Test
    void clockTimesWithAZone() {
        assertEquals(List.of("0800 utc=TIME:2008-09-17T08:00Z"), found("At/IN 0800/CD UTC/NNP ,/, banks/NNS"));
        assertEquals(List.of(), found("flight/NN 0800/CD to/TO Paris/NNP"));
    }

    @Test
    void frequencies() {
        assertEquals(List.of("twice a year=SET:P1Y"), found("paid/VBN twice/RB a/DT year/NN"));
        assertEquals(List.of("three times per week=SET:P1W"), found("three/CD times/NNS per/IN week/NN"));
        assertEquals(List.of(), found("bid/VB once/RB more/RBR for/IN contracts/NNS"));
    }

    @Test
    void quartersComeFromQuarterPhrases() {
        // 2008-09-17 is in the third quarter: a past-tense report on it means this one, which has begun
        assertEquals(List.of("the third quarter=DATE:2008-Q3"),
                found("Profit/NN rose/VBD in/IN the/DT third/JJ quarter/NN"));
        assertEquals(List.of("the fourth quarter=DATE:2007-Q4"),
                found("Profit/NN rose/VBD in/IN the/DT fourth/JJ quarter/NN"));
    }

    @Test
    void reportingPeriodsComeFromReportingPhrases() {
        assertEquals(List.of("the quarter=DATE:2008-Q2"), found("Profit/NN doubled/VBD in/IN the/DT quarter/NN"));
    }
}
