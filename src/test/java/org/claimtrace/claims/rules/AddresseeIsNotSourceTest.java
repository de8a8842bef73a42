package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class AddresseeIsNotSourceTest {
    // Tim Yeo wrote to Tony Blair , demanding an explanation .
    // 0   1   2     3  4    5     6 7         8  9           10
    private static final AttributionInput WROTE_TO = ParsedSentence.of("Tim/NNP/1/compound", "Yeo/NNP/2/nsubj",
            "wrote/VBD/-1/root", "to/TO/5/case", "Tony/NNP/5/compound", "Blair/NNP/2/obl", ",/,/2/punct",
            "demanding/VBG/2/advcl", "an/DT/9/det", "explanation/NN/7/obj", "././2/punct");
    // Bob is demanding an explanation from Tony Blair .
    // 0   1  2         3  4           5    6    7     8
    private static final AttributionInput FROM = ParsedSentence.of("Bob/NNP/2/nsubj", "is/VBZ/2/aux",
            "demanding/VBG/-1/root", "an/DT/4/det", "explanation/NN/2/obj", "from/IN/7/case", "Tony/NNP/7/compound",
            "Blair/NNP/4/nmod", "././2/punct");
    // To Blair , demanding an end .
    // 0  1     2 3         4  5   6
    private static final AttributionInput NO_SUBJECT = ParsedSentence.of("To/TO/1/case", "Blair/NNP/3/obl",
            ",/,/3/punct", "demanding/VBG/-1/root", "an/DT/5/det", "end/NN/3/obj", "././3/punct");

    private static ClaimDraft draft(int cue, int sourceHead, int[] source, int[] content) {
        return new ClaimDraft(0, cue, cue + 1, cue, null, sourceHead, source, List.of(content), content[1] - 1, null,
                0.8, "model");
    }

    @Test
    void theObjectOfToIsTheAddresseeAndTheWriterTheSource() {
        ClaimDraft out = new AddresseeIsNotSource().apply(WROTE_TO,
                List.of(draft(7, 5, new int[]{4, 6}, new int[]{8, 10}))).get(0);
        assertArrayEquals(new int[]{4, 6}, out.addressee());
        assertArrayEquals(new int[]{0, 2}, out.source());
        assertEquals(1, out.sourceHead());
    }

    @Test
    void theObjectOfFromIsTheAddresseeOfADemand() {
        ClaimDraft out = new AddresseeIsNotSource().apply(FROM,
                List.of(draft(2, 7, new int[]{6, 8}, new int[]{3, 5}))).get(0);
        assertArrayEquals(new int[]{6, 8}, out.addressee());
        assertArrayEquals(new int[]{0, 1}, out.source());
    }

    @Test
    void withNoSubjectAboveTheClaimHasNoSource() {
        ClaimDraft out = new AddresseeIsNotSource().apply(NO_SUBJECT,
                List.of(draft(3, 1, new int[]{1, 2}, new int[]{4, 6}))).get(0);
        assertFalse(out.hasSource());
        assertArrayEquals(new int[]{1, 2}, out.addressee());
    }

    @Test
    void aSubjectSourceIsKept() {
        ClaimDraft in = draft(2, 0, new int[]{0, 1}, new int[]{3, 8});
        ClaimDraft out = new AddresseeIsNotSource().apply(FROM, List.of(in)).get(0);
        assertArrayEquals(new int[]{0, 1}, out.source());
        assertNull(out.addressee());
    }
}
