package org.claimtrace.tools.eval;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Model-free parts of the baseline; the pipeline itself is covered by RawCoreNlpBaselineIT. */
class RawCoreNlpBaselineTest {

    @Test
    void mapsFineGrainedLabelsToCoarseTypes() {
        assertEquals(Optional.of("PERSON"), RawCoreNlpBaseline.coarseType("PERSON"));
        assertEquals(Optional.of("LOCATION"), RawCoreNlpBaseline.coarseType("CITY"));
        assertEquals(Optional.of("LOCATION"), RawCoreNlpBaseline.coarseType("COUNTRY"));
        assertEquals(Optional.of("LOCATION"), RawCoreNlpBaseline.coarseType("STATE_OR_PROVINCE"));
        assertEquals(Optional.of("LOCATION"), RawCoreNlpBaseline.coarseType("LOCATION"));
        assertEquals(Optional.of("ORGANIZATION"), RawCoreNlpBaseline.coarseType("ORGANIZATION"));
        assertEquals(Optional.empty(), RawCoreNlpBaseline.coarseType("NATIONALITY"));
        assertEquals(Optional.empty(), RawCoreNlpBaseline.coarseType("TITLE"));
        assertEquals(Optional.empty(), RawCoreNlpBaseline.coarseType("MISC"));
        assertEquals(Optional.empty(), RawCoreNlpBaseline.coarseType(null));
    }

    @Test
    void convertsUtf16IndicesToCodePoints() {
        String text = "a\uD83D\uDE00 Paris";
        assertEquals(3, text.indexOf("Paris") - 1); // UTF-16 index 4
        assertEquals(3, CodePoints.fromUtf16(text, text.indexOf("Paris")));
        assertEquals(4, CodePoints.toUtf16(text, 3));
        assertEquals("Paris", CodePoints.substring(text, 3, 8));
        assertEquals(8, CodePoints.length(text));
    }
}
