package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a claimant does with the content. The taxonomy, with the cue words that signal each type, is
 * documented in docs/CLAIMS.md; the cue lexicon lives in models/claim-cues.tsv.
 */
public enum ClaimType {
    /** States something as true: said, noted, according to, view ... as. */
    ASSERTION,
    /** Binds the claimant to a future action: assured, promised, pledged, a commitment to. */
    COMMITMENT,
    /** Asks for an action by others: called for, urged, demanded, "X should face trial". */
    DEMAND,
    /** Says something is not true: denied, rejected, dismissed. */
    DENIAL,
    /** Attributes wrongdoing: accused, blamed, alleged. */
    ACCUSATION,
    /** Says something will happen: warned, predicted, expected. */
    PREDICTION,
    /** States a standing view or policy: position, stance, view, believes. */
    POSITION,
    /** Offers something, often under a condition: offered, signalled its openness to. */
    OFFER,
    /** Asks: asked, questioned, wondered. */
    QUESTION;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
