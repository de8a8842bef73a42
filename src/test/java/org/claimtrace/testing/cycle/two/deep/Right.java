package org.claimtrace.testing.cycle.two.deep;

/** Used by {@code one}; it uses nothing back, so {@code one} and {@code two.deep} form no cycle. */
public final class Right {
}
