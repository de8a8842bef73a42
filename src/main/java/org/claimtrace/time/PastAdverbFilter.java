package org.claimtrace.time;

import java.util.Set;

/**
 * "Previously", "once" and "formerly" order events ("had previously said", "once ruled") but do not refer to a
 * time of their own; SUTime gives them PAST_REF. "Recently" and "earlier" are kept: they place the event near
 * the document date.
 */
public final class PastAdverbFilter {
    private static final Set<String> ADVERBS = Set.of("previously", "once", "formerly");

    private PastAdverbFilter() {
    }

    /** True if {@code t} is one of these adverbs alone. */
    public static boolean reject(Context c, Timex t) {
        return t.length() == 1 && ADVERBS.contains(c.lower(t.first()));
    }
}
