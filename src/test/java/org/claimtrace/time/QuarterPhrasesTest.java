package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.claimtrace.time.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

class QuarterPhrasesTest {
    /** 2006-08-19: third quarter. */
    private static final LocalDate AUGUST = LocalDate.of(2006, 8, 19);

    private static List<String> found(LocalDate anchor, String tagged) {
        Context c = sentence(anchor, tagged);
        return QuarterPhrases.find(c).stream()
                .map(t -> c.text(t) + "=" + t.value()).toList();
    }

    @Test
    void quarterWithAYear() {
        assertEquals(List.of("the fourth quarter of 2005=2005-Q4"),
                found(AUGUST, "GM/NNP lost/VBD money/NN in/IN the/DT fourth/JJ quarter/NN of/IN 2005/CD"));
        assertEquals(List.of("the final quarter of 2009=2009-Q4"),
                found(AUGUST, "For/IN the/DT final/JJ quarter/NN of/IN 2009/CD ,/, Ford/NNP"));
        assertEquals(List.of("q3 2024=2024-Q3"), found(AUGUST, "Results/NNS for/IN Q3/NN 2024/CD"));
        assertEquals(List.of("fourth-quarter=2005-Q4"),
                found(LocalDate.of(2006, 1, 20), "GM/NNP posted/VBD a/DT fourth-quarter/JJ loss/NN"));
    }

    @Test
    void quarterWithoutAYearFollowsTheTense() {
        // past: the last fourth quarter that is over; future: the next one
        assertEquals(List.of("the fourth quarter=2005-Q4"),
                found(AUGUST, "Sales/NNS rose/VBD in/IN the/DT fourth/JJ quarter/NN"));
        assertEquals(List.of("the fourth quarter=2006-Q4"),
                found(AUGUST, "Plants/NNS will/MD close/VB during/IN the/DT fourth/JJ quarter/NN"));
        assertEquals(List.of("the second quarter=2006-Q2"),
                found(AUGUST, "Sales/NNS rose/VBD in/IN the/DT second/JJ quarter/NN"));
        assertEquals(List.of("the first quarter=2007-Q1"),
                found(AUGUST, "It/PRP will/MD open/VB in/IN the/DT first/JJ quarter/NN"));
    }

    @Test
    void fiscalYears() {
        assertEquals(List.of("fiscal 2025=FY2025"), found(AUGUST, "guidance/NN for/IN fiscal/JJ 2025/CD"));
        assertEquals(List.of("fiscal year 2025=FY2025"), found(AUGUST, "in/IN fiscal/JJ year/NN 2025/CD"));
        assertEquals(List.of("fy2024=FY2024"), found(AUGUST, "FY2024/NN revenue/NN"));
        assertEquals(List.of("the third fiscal quarter of 2024=FY2024-Q3"),
                found(AUGUST, "in/IN the/DT third/JJ fiscal/JJ quarter/NN of/IN 2024/CD"));
    }

    @Test
    void notQuarters() {
        assertEquals(List.of(), found(AUGUST, "an/DT Audi/NNP Q3/NNP"));
        assertEquals(List.of(), found(AUGUST, "about/IN a/DT quarter/NN of/IN its/PRP$ dealers/NNS"));
        assertEquals(List.of(), found(AUGUST, "in/IN the/DT final/JJ quarter/NN"));
    }
}
