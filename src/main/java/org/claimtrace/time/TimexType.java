package org.claimtrace.time;

/** The four TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
