package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.claimtrace.time.Sentences.sentence;
import static org.claimtrace.time.Sentences.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CompositeSplitterTest {
    /** Tuesday 2009-02-24. */
    private static final LocalDate TUESDAY = LocalDate.of(2009, 2, 24);

    private static List<String> split(LocalDate anchor, String tagged, String first, int n, String value) {
        Context c = sentence(anchor, tagged);
        return CompositeSplitter.split(c, span(c, first, n, TimexType.DATE, value)).stream()
                .map(t -> c.text(t) + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void durationOnWeekdayIsTwoExpressions() {
        assertEquals(List.of("a decade=DURATION:P10Y", "monday=DATE:2009-02-23"),
                split(TUESDAY, "lowest/JJS levels/NNS in/IN over/IN a/DT decade/NN on/IN Monday/NNP ,/,",
                        "a", 4, null));
    }

    @Test
    void deicticWordAndMonthAreSplitOff() {
        assertEquals(List.of("day=DURATION:P1D", "yesterday=DATE:2009-02-23"),
                split(TUESDAY, "a/DT turbulent/JJ day/NN yesterday/NN ,/,", "day", 2, null));
        assertEquals(List.of("week=DURATION:P1W", "november=DATE:2008-11"),
                split(TUESDAY, "their/PRP$ best/JJS week/NN since/IN November/NNP", "week", 3, null));
    }

    @Test
    void yearsAreSplitOffAndUnreadablePartsDropped() {
        assertEquals(List.of("2023=DATE:2023"),
                split(TUESDAY, "more/JJR than/IN 3.6/CD million/CD hours/NNS in/IN 2023/CD", "more", 7, null));
    }

    @Test
    void valuedOrUnsplittableExpressionsStay() {
        assertEquals(List.of("a decade on monday=DATE:2009-02-23"),
                split(TUESDAY, "a/DT decade/NN on/IN Monday/NNP", "a", 4, "2009-02-23"));
        assertEquals(List.of("the last week=DATE:null"),
                split(TUESDAY, "the/DT last/JJ week/NN", "the", 3, null));
    }

    @Test
    void weekdayFollowedBySpelledOrdinalIsCutBack() {
        assertEquals(List.of("tuesday=DATE:null"),
                split(TUESDAY, "announced/VBD on/IN Tuesday/NNP the/DT first/JJ generation/NN", "Tuesday", 3,
                        "2009-02-01"));
        assertEquals(List.of("tuesday the first of march=DATE:2009-03-01"),
                split(TUESDAY, "on/IN Tuesday/NNP the/DT first/JJ of/IN March/NNP", "Tuesday", 5, "2009-03-01"));
    }
}
