package org.claimtrace.time;

import java.util.Set;

/**
 * Plural units without an amount, after "recent", "past", "coming" or "these", are vague references to the past,
 * the future or the present, not durations: "in recent years" and "in past months" are PAST_REF, "in coming
 * weeks" FUTURE_REF, "these days" PRESENT_REF. SUTime writes a duration ("PXY") and often leaves the
 * modifier out of the span; the span then takes it in. With an amount ("the past three years") or "the" ("the coming
 * years") the phrase stays a duration.
 */
public final class VagueReferenceRule implements ValueRule {
    private static final Set<String> PAST = Set.of("recent", "past");
    private static final Set<String> FUTURE = Set.of("coming", "upcoming");
    private static final Set<String> PRESENT = Set.of("these");
    private static final Set<String> UNITS = Set.of("days", "weeks", "months", "years", "decades", "quarters");

    @Override
    public Timex apply(Context c, Timex t) {
        String unit = c.lower(t.end() - 1);
        if (!UNITS.contains(unit)) {
            return t;
        }
        int modifier = t.end() - 2;
        if (t.length() > 2 || modifier < 0 || c.lower(modifier - 1).equals("the")) {
            return t; // "the coming years", "the past years" read as spans of time
        }
        String m = c.lower(modifier);
        String value = PAST.contains(m) ? "PAST_REF" : FUTURE.contains(m) ? "FUTURE_REF"
                : PRESENT.contains(m) ? "PRESENT_REF" : null;
        if (value == null) {
            return t;
        }
        return new Timex(modifier, t.end(), TimexType.DATE, value);
    }
}
