package org.claimtrace.testing.cycle.two;

import org.claimtrace.testing.cycle.one.Left;

/** The other half of the deliberate cycle (see {@code one.Left}). */
public final class Alone {
    public Left left() {
        return new Left();
    }
}
