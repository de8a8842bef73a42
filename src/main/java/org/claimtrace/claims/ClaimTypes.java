package org.claimtrace.claims;

import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.Modality;
import org.claimtrace.model.TextSpan;

/** The claim type from the cue's type and the content's modality. */
final class ClaimTypes {
    private ClaimTypes() {
    }

    /**
     * An assertion or position about what must happen is a demand; one about what the claimant's own
     * side will do is a commitment; one about what others will do is a prediction.
     */
    static ClaimType refine(ClaimType cueType, Modality modality, TextSpan claimant, Claim.Structure structure) {
        if (cueType != ClaimType.ASSERTION && cueType != ClaimType.POSITION) {
            return cueType;
        }
        if (modality == Modality.OBLIGATION) {
            return ClaimType.DEMAND;
        }
        if (modality == Modality.FUTURE && structure != null && structure.subject() != null && claimant != null
                && claimant.entity() != null && claimant.entity().equals(structure.subject().entity())) {
            return ClaimType.COMMITMENT;
        }
        if (modality == Modality.FUTURE && cueType == ClaimType.ASSERTION) {
            return ClaimType.PREDICTION;
        }
        return cueType;
    }
}
