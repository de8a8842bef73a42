package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.model.DependencyParse;

import java.util.ArrayList;
import java.util.List;

/**
 * A passive cue with no source whose content is only the noun phrase before it reports an event, not a claim:
 * "The so-called “reform” of the tax office was approved". The draft is dropped when it has no source, its
 * content ends before the cue and holds no verb, and the cue's head is a passive participle (an {@code aux:pass}
 * child in the parse, or "be" before a VBN without one).
 */
public final class PassiveEventIsNotClaim implements ClaimRule {
    @Override
    public String name() {
        return "passive-event-is-not-claim";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> out = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            if (d.hasSource() || d.contentExtent()[1] > d.cueBegin() || hasVerb(in, d) || !passive(in, d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean hasVerb(AttributionInput in, ClaimDraft d) {
        for (int[] run : d.contentRuns()) {
            for (int t = run[0]; t < run[1]; t++) {
                if (in.pos(t).startsWith("VB") || in.pos(t).equals("MD")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean passive(AttributionInput in, ClaimDraft d) {
        int head = d.cueHead();
        if (!in.pos(head).equals("VBN")) {
            return false;
        }
        DependencyParse p = in.parse(d.sentence());
        if (p != null && p.contains(head)) {
            return !p.children(head, "aux:pass").isEmpty();
        }
        return head > 0 && in.lemma(head - 1).equals("be");
    }
}
