package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.text.Trees;
import org.claimtrace.model.DependencyParse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom something is said to or asked of is not who says it: in "Tim Yeo wrote to Tony Blair, demanding an
 * explanation" and "demanding an explanation from Tony Blair", a source that the parse shows as the object of
 * "to" or "from" becomes the addressee. The claim then takes the subject of the nearest clause above the
 * preposition's governor (Tim Yeo), or has no source when there is none.
 */
public final class AddresseeIsNotSource implements ClaimRule {
    static final Set<String> PREPOSITIONS = Set.of("to", "from");
    /** How many steps up from the preposition's governor a subject is looked for. */
    static final int MAX_STEPS = 3;

    @Override
    public String name() {
        return "addressee-is-not-source";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> out = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            out.add(fix(in, d));
        }
        return out;
    }

    private static ClaimDraft fix(AttributionInput in, ClaimDraft d) {
        if (!d.hasSource()) {
            return d;
        }
        DependencyParse p = in.parse(d.sentence());
        int head = d.sourceHead();
        if (p == null || !p.contains(head) || !p.contains(d.cueHead()) || !objectOfToOrFrom(in, p, head)) {
            return d;
        }
        ClaimDraft moved = d.addressee() == null ? d.withAddressee(d.source()) : d;
        int governor = p.head(head);
        for (int step = 0; step < MAX_STEPS && governor >= 0; step++) {
            int subject = p.firstChild(governor, "nsubj");
            if (subject >= 0 && subject != head) {
                int[] range = Trees.trim(in.tokens(), Trees.subtree(p, subject));
                boolean inContent = false;
                for (int[] run : d.contentRuns()) {
                    inContent |= subject >= run[0] && subject < run[1];
                }
                return inContent ? moved.withSource(-1, null) : moved.withSource(subject, range);
            }
            governor = p.head(governor);
        }
        return moved.withSource(-1, null);
    }

    /** Whether the token heads a phrase introduced by "to" or "from" that hangs off a word outside it. */
    private static boolean objectOfToOrFrom(AttributionInput in, DependencyParse p, int head) {
        for (int c : p.children(head, "case")) {
            if (PREPOSITIONS.contains(in.tokens().get(c).text().toLowerCase(Locale.ROOT))) {
                return p.head(head) >= 0;
            }
        }
        return false;
    }
}
