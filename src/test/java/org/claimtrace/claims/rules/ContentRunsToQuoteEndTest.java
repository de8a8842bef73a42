package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ContentRunsToQuoteEndTest {
    // Ann said : “ The bridge opens . It costs less . ” Bob left .
    // 0   1    2 3 4   5      6     7 8  9     10  11 12 13  14  15
    private static final AttributionInput IN = ParsedSentence.of("Ann/NNP/1/nsubj", "said/VBD/-1/root", ":/:/1/punct",
            "\u201c/``/6/punct", "The/DT/5/det", "bridge/NN/6/nsubj", "opens/VBZ/1/parataxis", "././6/punct",
            "It/PRP/9/nsubj", "costs/VBZ/6/parataxis", "less/JJR/9/obj", "././9/punct", "\u201d/''/6/punct",
            "Bob/NNP/14/nsubj", "left/VBD/1/parataxis", "././1/punct");

    private static ClaimDraft draft(int[] content) {
        return new ClaimDraft(0, 1, 2, 1, null, 0, new int[]{0, 1}, List.of(content), 6, null, 0.9, "model");
    }

    @Test
    void aContentThatOpensTheQuotationRunsToItsClosingMark() {
        ClaimDraft out = new ContentRunsToQuoteEnd().apply(IN, List.of(draft(new int[]{3, 8}))).get(0);
        assertArrayEquals(new int[]{3, 13}, out.contentRuns().get(0));
    }

    @Test
    void withoutTheOpeningMarkTheClosingOneStaysOut() {
        ClaimDraft out = new ContentRunsToQuoteEnd().apply(IN, List.of(draft(new int[]{4, 8}))).get(0);
        assertArrayEquals(new int[]{4, 12}, out.contentRuns().get(0));
    }

    @Test
    void aContentOutsideAnyQuotationOrAlreadyWholeIsLeftAlone() {
        ClaimDraft outside = draft(new int[]{13, 15});
        assertSame(outside, new ContentRunsToQuoteEnd().apply(IN, List.of(outside)).get(0));
        ClaimDraft whole = draft(new int[]{3, 13});
        assertSame(whole, new ContentRunsToQuoteEnd().apply(IN, List.of(whole)).get(0));
    }
}
