package org.claimtrace.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DurationsTest {

    private static String value(String words) {
        return Durations.value(List.of(words.split(" ")));
    }

    @Test
    void amountsAndUnits() {
        assertEquals("P3Y", value("three years"));
        assertEquals("P1Y", value("a year"));
        assertEquals("P10Y", value("a decade"));
        assertEquals("P20Y", value("two decades"));
        assertEquals("PT2H", value("2 hours"));
        assertEquals("PT30M", value("thirty minutes"));
        assertEquals("P2.5Y", value("two and a half years"));
        assertEquals("P25D", value("twenty-five days"));
        assertEquals("P5D", value("five trading days"));
        assertEquals("P1W", value("week"));
        assertEquals("PXY", value("years"));
    }

    @Test
    void notDurations() {
        assertNull(value("the years"));
        assertNull(value("three dogs"));
        assertNull(value("many years"));
    }
}
