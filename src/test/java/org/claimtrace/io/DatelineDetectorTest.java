package org.claimtrace.io;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineDetectorTest {
    private static LocalDate detect(String text) {
        return DatelineDetector.detect(text).map(DatelineDetector.Found::date).orElse(null);
    }

    @Test
    void readsCommonDatelineForms() {
        assertEquals(LocalDate.of(2025, 3, 6), detect("ECB cuts rates\n\nFRANKFURT, March 6, 2025 — The bank..."));
        assertEquals(LocalDate.of(2008, 3, 1), detect("Headline\nMarch 01 , 2008\nBody."));
        assertEquals(LocalDate.of(2025, 1, 14), detect("Title\n\nTuesday 14 January 2025\n\nLONDON — text"));
        assertEquals(LocalDate.of(2024, 11, 5), detect("Title\n\nPublished: 2024-11-05\n\nBRUSSELS — text"));
        assertEquals(LocalDate.of(2025, 9, 3), detect("Title\nSept. 3rd, 2025\ntext"));
    }

    @Test
    void takesTheEarliestDateInTheHead() {
        assertEquals(LocalDate.of(2025, 10, 15),
                detect("Meeting\n\nThey met on October 15, 2025, after talks on 2024-01-02."));
    }

    @Test
    void ignoresPartialAndInvalidDatesAndLaterLines() {
        assertTrue(DatelineDetector.detect("Title\n\nIn March the bank said 2025 would be hard.").isEmpty());
        assertTrue(DatelineDetector.detect("Title\nFebruary 30, 2025\nBody").isEmpty());
        assertTrue(DatelineDetector.detect("a\n\nb\n\nc\n\nd\n\ne\n\nOn May 2, 2020 it happened.").isEmpty());
    }

    @Test
    void resolverPrefersMetadataThenOptionThenText() {
        String text = "Title\nMarch 6, 2025\nBody.";
        var withMeta = org.claimtrace.model.Article.of("a", text).withDate(LocalDate.of(2020, 1, 1));
        assertEquals("metadata", new DocumentDateResolver(LocalDate.of(2021, 1, 1)).apply(withMeta).source().json());
        var plain = org.claimtrace.model.Article.of("a", text);
        assertEquals(LocalDate.of(2021, 1, 1), new DocumentDateResolver(LocalDate.of(2021, 1, 1)).apply(plain).value());
        var detected = new DocumentDateResolver(null).apply(plain);
        assertEquals(LocalDate.of(2025, 3, 6), detected.value());
        assertEquals("text", detected.source().json());
        assertEquals("March 6, 2025", detected.evidence());
        assertEquals("none", new DocumentDateResolver(null).apply(org.claimtrace.model.Article.of("b", "No date.")).source().json());
    }
}
