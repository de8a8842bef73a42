package org.claimtrace.stages;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberTokensTest {
    @Test
    void amountsCountsAndCodesCannotBeATime() {
        assertTrue(NumberTokens.cannotBeATime("3.5"));
        assertTrue(NumberTokens.cannotBeATime("1,200"));
        assertTrue(NumberTokens.cannotBeATime("1,234.56"));
        assertTrue(NumberTokens.cannotBeATime("747"));
        assertTrue(NumberTokens.cannotBeATime("35000"));
        assertTrue(NumberTokens.cannotBeATime("A380"));
        assertTrue(NumberTokens.cannotBeATime("G8"));
        assertTrue(NumberTokens.cannotBeATime("5million"));
    }

    @Test
    void yearsDaysClockTimesOrdinalsDecadesAndQuartersCanBe() {
        assertFalse(NumberTokens.cannotBeATime("2009"));
        assertFalse(NumberTokens.cannotBeATime("30"));
        assertFalse(NumberTokens.cannotBeATime("7"));
        assertFalse(NumberTokens.cannotBeATime("20100507"));
        assertFalse(NumberTokens.cannotBeATime("10:30"));
        assertFalse(NumberTokens.cannotBeATime("9/11"));
        assertFalse(NumberTokens.cannotBeATime("19th"));
        assertFalse(NumberTokens.cannotBeATime("1990s"));
        assertFalse(NumberTokens.cannotBeATime("3pm"));
        assertFalse(NumberTokens.cannotBeATime("Q3"));
        assertFalse(NumberTokens.cannotBeATime("FY2010"));
        assertFalse(NumberTokens.cannotBeATime("30-to-60-day"));
    }
}
