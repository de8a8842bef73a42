package org.claimtrace.tools.eval.attribution;

import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * claimtrace's claims as PARC-style attributions, for scoring against brat gold: source = the claimant
 * span, cue = the cue span, content = the content parts. Authorial statements have no source in the text
 * and are not attributions, so they are left out.
 */
public final class ClaimsToAttributions {
    private ClaimsToAttributions() {
    }

    public static List<Attribution> convert(DocumentResult result) {
        return scored(result).stream().map(Reliability.Scored::attribution).toList();
    }

    /** Each attributed claim as a relation, with the claim's confidence. */
    public static List<Reliability.Scored> scored(DocumentResult result) {
        List<Reliability.Scored> out = new ArrayList<>();
        for (Claim c : result.claims()) {
            if (c.form() == ClaimForm.AUTHORIAL) {
                continue;
            }
            List<Fragment> content = new ArrayList<>();
            for (TextSpan part : c.contentParts()) {
                content.add(new Fragment(part.begin(), part.end()));
            }
            SpanSet source = c.claimant() == null ? null : SpanSet.of(c.claimant().begin(), c.claimant().end());
            out.add(new Reliability.Scored(new Attribution(source, SpanSet.of(c.cue().begin(), c.cue().end()),
                    new SpanSet(content)), c.confidence()));
        }
        return out;
    }
}
