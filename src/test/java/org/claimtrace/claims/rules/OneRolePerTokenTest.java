package org.claimtrace.claims.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cue inside another claim's content or source makes no claim of its own; the more confident claim stays. */
class OneRolePerTokenTest {
    private static ClaimDraft draft(int cue, int[] source, int[] content, double confidence) {
        return new ClaimDraft(0, cue, cue + 1, cue, null, source == null ? -1 : source[0], source, List.of(content),
                content[0], null, confidence, "model");
    }

    private final OneRolePerToken rule = new OneRolePerToken();

    @Test
    void aNestedCueInsideTheContentIsDropped() {
        // 'I told him we would win,' she said: "said" at 9 holds "told" at 2 in its content
        ClaimDraft outer = draft(9, new int[]{8, 9}, new int[]{1, 7}, 0.9);
        ClaimDraft inner = draft(2, new int[]{1, 2}, new int[]{3, 7}, 0.6);
        assertEquals(List.of(outer), rule.apply(null, List.of(inner, outer)));
    }

    @Test
    void theMoreConfidentClaimWinsWhicheverComesFirst() {
        ClaimDraft outer = draft(9, new int[]{8, 9}, new int[]{1, 7}, 0.4);
        ClaimDraft inner = draft(2, new int[]{1, 2}, new int[]{3, 7}, 0.8);
        assertEquals(List.of(inner), rule.apply(null, List.of(outer, inner)));
    }

    @Test
    void separateClaimsStayInTextOrder() {
        ClaimDraft a = draft(2, new int[]{0, 2}, new int[]{3, 8}, 0.5);
        ClaimDraft b = draft(12, new int[]{10, 12}, new int[]{13, 20}, 0.9);
        assertEquals(List.of(a, b), rule.apply(null, List.of(b, a)));
    }

    @Test
    void aCueInsideAnotherSourceIsDropped() {
        ClaimDraft main = draft(6, new int[]{0, 5}, new int[]{7, 12}, 0.9);
        ClaimDraft inSource = draft(3, null, new int[]{4, 5}, 0.3);
        assertEquals(List.of(main), rule.apply(null, List.of(main, inSource)));
    }
}
