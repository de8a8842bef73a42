package org.claimtrace.testing.cycle.one;

import org.claimtrace.testing.cycle.two.deep.Right;

/**
 * Half of a deliberate cycle for {@code PackageCyclesTest}'s check of itself: {@code one} → {@code two.deep}, and
 * {@code two} → {@code one}. Package by package there is no cycle; with {@code two.deep} folded into {@code two}
 * there is.
 */
public final class Left {
    public Right right() {
        return new Right();
    }
}
