package org.claimtrace.claims;

import org.claimtrace.model.Claim;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClaimTimesTest {
    // "The minister said he will visit Lisbon next week for two days."
    //  0         1         2         3         4         5         6
    //  0123456789012345678901234567890123456789012345678901234567890123
    private static final DocumentDate DATE = new DocumentDate(LocalDate.of(2021, 6, 9), DateSource.METADATA, null);
    private static final TimeExpression NEXT_WEEK = new TimeExpression("t1", 39, 48, "next week", 0, EntityType.DATE,
            "2021-W24", "e1");
    private static final TimeExpression TWO_DAYS = new TimeExpression("t2", 53, 61, "two days", 0,
            EntityType.DURATION, "P2D", "e2");
    private static final TimeExpression NOW = new TimeExpression("t3", 20, 23, "now", 0, EntityType.DATE,
            "PRESENT_REF", "e3");

    @Test
    void aCalendarTimeInsideTheContentIsTheClaimsTime() {
        Claim.ClaimTime t = ClaimTimes.of(24, 62, List.of(TWO_DAYS, NEXT_WEEK), DATE);
        assertEquals(new Claim.ClaimTime("2021-W24", "e1", ClaimTimes.EXPRESSION), t);
    }

    @Test
    void theFirstOfSeveralCalendarTimesWins() {
        TimeExpression friday = new TimeExpression("t4", 50, 56, "Friday", 0, EntityType.DATE, "2021-06-18", "e4");
        assertEquals("2021-W24", ClaimTimes.of(24, 62, List.of(friday, NEXT_WEEK), DATE).value());
    }

    @Test
    void expressionsOutsideTheContentAreIgnored() {
        Claim.ClaimTime t = ClaimTimes.of(24, 45, List.of(NEXT_WEEK), DATE);
        assertEquals(new Claim.ClaimTime("2021-06-09", null, ClaimTimes.DOCUMENT), t);
    }

    @Test
    void durationsAndVagueReferencesFallBackToTheReportDate() {
        Claim.ClaimTime t = ClaimTimes.of(0, 62, List.of(NOW, TWO_DAYS), DATE);
        assertEquals(new Claim.ClaimTime("2021-06-09", null, ClaimTimes.DOCUMENT), t);
    }

    @Test
    void withoutAReportDateAnyExpressionOrNone() {
        assertEquals(new Claim.ClaimTime("P2D", "e2", ClaimTimes.EXPRESSION),
                ClaimTimes.of(24, 62, List.of(TWO_DAYS), DocumentDate.NONE));
        Claim.ClaimTime none = ClaimTimes.of(24, 62, List.of(), DocumentDate.NONE);
        assertNull(none.value());
        assertEquals(ClaimTimes.NONE, none.source());
    }

    @Test
    void calendarPointsAreDatedValues() {
        assertEquals(true, ClaimTimes.isCalendarPoint(NEXT_WEEK));
        assertEquals(false, ClaimTimes.isCalendarPoint(NOW));
        assertEquals(false, ClaimTimes.isCalendarPoint(TWO_DAYS));
        assertEquals(false, ClaimTimes.isCalendarPoint(new TimeExpression("t5", 0, 6, "Monday", 0, EntityType.DATE,
                "XXXX-WXX-1", null)));
        assertEquals(true, ClaimTimes.isCalendarPoint(new TimeExpression("t6", 0, 6, "fiscal 2020", 0,
                EntityType.DATE, "FY2020", null)));
    }
}
