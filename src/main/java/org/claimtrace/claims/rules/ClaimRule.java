package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;

import java.util.List;

/**
 * A hand-written rule applied to the trained model's claims before their records are built: it may drop,
 * change or add drafts. Rules run in the order of {@link ClaimRules#ORDER}; each is a pure function of the
 * document and the drafts, and thread-safe.
 */
public interface ClaimRule {
    /** A stable name, recorded as the origin of the drafts the rule makes. */
    String name();

    List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts);
}
