package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.model.DependencyParse;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue with no subject of its own that hangs off another cue of its sentence shares that cue's source:
 * "al-Sharaa expressed a commitment to …, emphasizing the importance of …" gives "emphasizing" the source
 * al-Sharaa; "…, adding that …" likewise. The attachment is read from the parse: the cue's head is governed,
 * at most {@value #MAX_STEPS} steps up, by a token of the other cue.
 */
public final class ParticipleTakesSource implements ClaimRule {
    static final int MAX_STEPS = 2;

    @Override
    public String name() {
        return "participle-takes-source";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> out = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            ClaimDraft owner = d.hasSource() ? null : governor(in, d, drafts);
            out.add(owner == null ? d : d.withSource(owner.sourceHead(), owner.source()));
        }
        return out;
    }

    private static ClaimDraft governor(AttributionInput in, ClaimDraft d, List<ClaimDraft> drafts) {
        DependencyParse p = in.parse(d.sentence());
        if (p == null || !p.contains(d.cueHead()) || p.firstChild(d.cueHead(), "nsubj", "nsubj:pass") >= 0) {
            return null;
        }
        int x = d.cueHead();
        for (int step = 0; step < MAX_STEPS; step++) {
            x = p.head(x);
            if (x < 0) {
                return null;
            }
            for (ClaimDraft e : drafts) {
                if (e != d && e.hasSource() && e.sentence() == d.sentence() && x >= e.cueBegin() && x < e.cueEnd()) {
                    return e;
                }
            }
        }
        return null;
    }
}
