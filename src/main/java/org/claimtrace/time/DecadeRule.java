package org.claimtrace.time;

import java.util.regex.Pattern;

/**
 * TIMEX3 writes a decade or century by its leading digits ("the 1990s" = "199", "the 1900s" = "19");
 * SUTime pads them with X ("199X", "19XX").
 */
public final class DecadeRule implements ValueRule {
    private static final Pattern PADDED = Pattern.compile("(\\d{2,3})X+");

    @Override
    public Timex apply(Context context, Timex t) {
        if (t.value() == null || t.type() != TimexType.DATE || !PADDED.matcher(t.value()).matches()) {
            return t;
        }
        return t.withValue(TimexType.DATE, t.value().replace("X", ""));
    }
}
