package org.claimtrace.time;

import java.util.Set;

/**
 * "The (fiscal) year ended March 31" and "the year ending June 30" name the length of a reporting period, a
 * duration of one year, not the calendar year of the document date that SUTime gives.
 */
public final class PeriodEndedRule implements ValueRule {
    private static final Set<String> QUALIFIERS = Set.of("fiscal", "financial");

    @Override
    public Timex apply(Context c, Timex t) {
        if (!c.lower(t.end() - 1).equals("year") || !c.lower(t.end()).equals("ended")
                && !c.lower(t.end()).equals("ending")) {
            return t;
        }
        for (int i = t.first(); i < t.end() - 1; i++) {
            String w = c.lower(i);
            if (!w.equals("the") && !QUALIFIERS.contains(w)) {
                return t;
            }
        }
        return t.withValue(TimexType.DURATION, "P1Y");
    }
}
