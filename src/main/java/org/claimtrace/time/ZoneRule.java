package org.claimtrace.time;

import java.util.regex.Pattern;

/** Writes UTC as TIMEX3/ISO 8601 does: "T08:30Z", not SUTime's "T08:30+0000". */
public final class ZoneRule implements ValueRule {
    private static final Pattern UTC_OFFSET = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2}(?:\\.\\d+)?)[+-]00:?00$");

    @Override
    public Timex apply(Context context, Timex t) {
        if (t.value() == null) {
            return t;
        }
        String v = UTC_OFFSET.matcher(t.value()).replaceFirst("$1Z");
        return v.equals(t.value()) ? t : t.withValue(t.type(), v);
    }
}
