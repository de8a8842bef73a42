package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.text.Trees;
import org.claimtrace.model.DependencyParse;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a claim is made to is not part of what is claimed: in "He assured President Putin that his government
 * would honour …", a content that starts with the cue's object, followed by the cue's clausal complement,
 * loses the object, which becomes the addressee. Only for an indirect object, or a direct object of a cue the
 * lexicon flags {@code addressee} (assure, tell, urge, warn).
 */
public final class AddresseeOutOfContent implements ClaimRule {
    @Override
    public String name() {
        return "addressee-out-of-content";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> out = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            out.add(split(in, d));
        }
        return out;
    }

    private static ClaimDraft split(AttributionInput in, ClaimDraft d) {
        DependencyParse p = in.parse(d.sentence());
        if (p == null || !p.contains(d.cueHead())) {
            return d;
        }
        int[] first = d.contentRuns().get(0);
        int clause = p.firstChild(d.cueHead(), "ccomp", "xcomp");
        for (int c : p.children(d.cueHead())) {
            String r = p.relation(c);
            boolean addressee = r.equals("iobj") || r.equals("obj") && d.entry() != null && d.entry().has("addressee");
            if (!addressee) {
                continue;
            }
            int[] range = Trees.trim(in.tokens(), Trees.subtree(p, c));
            boolean leadsContent = range[0] == first[0] && range[1] < first[1];
            if (leadsContent && clause >= range[1] && clause < first[1]) {
                List<int[]> runs = new ArrayList<>(d.contentRuns());
                runs.set(0, new int[]{range[1], first[1]});
                return d.withContent(runs, d.contentHead() >= range[0] && d.contentHead() < range[1] ? clause
                        : d.contentHead()).withAddressee(range);
            }
        }
        return d;
    }
}
