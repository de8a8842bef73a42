package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A word says one thing in one claim: a cue inside another claim's content or source ("‘I told him we would
 * win,’ she said": "told" is part of what she said) does not make a claim of its own. The more confident of
 * the two claims is kept. This is how PolNeAR annotates, and it keeps nested reports from being counted twice.
 */
public final class OneRolePerToken implements ClaimRule {
    @Override
    public String name() {
        return "one-role-per-token";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> byConfidence = new ArrayList<>(drafts);
        byConfidence.sort(Comparator.comparingDouble(ClaimDraft::confidence).reversed()
                .thenComparingInt(ClaimDraft::cueBegin));
        List<ClaimDraft> kept = new ArrayList<>();
        BitSet taken = new BitSet();
        BitSet cues = new BitSet();
        for (ClaimDraft d : byConfidence) {
            boolean cueTaken = taken.get(d.cueBegin(), d.cueEnd()).cardinality() > 0;
            BitSet roles = roles(d);
            roles.and(cues);
            if (cueTaken || !roles.isEmpty()) {
                continue;
            }
            kept.add(d);
            taken.or(roles(d));
            cues.set(d.cueBegin(), d.cueEnd());
        }
        kept.sort(Comparator.comparingInt(ClaimDraft::cueBegin));
        return kept;
    }

    private static BitSet roles(ClaimDraft d) {
        BitSet out = new BitSet();
        for (int[] run : d.contentRuns()) {
            out.set(run[0], run[1]);
        }
        if (d.source() != null) {
            out.set(d.source()[0], d.source()[1]);
        }
        return out;
    }
}
