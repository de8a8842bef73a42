package org.claimtrace.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime measures ranges such as "from 2009 to 2011" in hours ("PT17520H"). When the text names no hours,
 * the duration is written in the largest whole unit: 17520 hours is "P2Y", 48 hours "P2D".
 */
public final class HoursRule implements ValueRule {
    private static final Pattern HOURS = Pattern.compile("PT(\\d+)H");
    private static final int DAY = 24;
    private static final int YEAR = 365 * DAY;

    @Override
    public Timex apply(Context context, Timex t) {
        if (t.value() == null || t.type() != TimexType.DURATION) {
            return t;
        }
        Matcher m = HOURS.matcher(t.value());
        if (!m.matches() || context.text(t).contains("hour")) {
            return t;
        }
        long hours = Long.parseLong(m.group(1));
        if (hours > 0 && hours % YEAR == 0) {
            return t.withValue(TimexType.DURATION, "P" + hours / YEAR + "Y");
        }
        if (hours > 0 && hours % DAY == 0) {
            return t.withValue(TimexType.DURATION, "P" + hours / DAY + "D");
        }
        return t;
    }
}
