package org.claimtrace.claims.rules;

import java.util.List;

/** The hand-written rules, in the order they run after the trained model. */
public final class ClaimRules {
    public static final List<ClaimRule> ORDER = List.of(
            new CreditLineIsNotClaim(),
            new PassiveEventIsNotClaim(),
            new OneRolePerToken(),
            new AddresseeIsNotSource(),
            new ParticipleTakesSource(),
            new AddresseeOutOfContent(),
            new ContentRunsToQuoteEnd());

    private ClaimRules() {
    }
}
