package org.claimtrace.time;

/** Corrects the type or value of one time expression; returns it unchanged when the rule does not apply. */
@FunctionalInterface
public interface ValueRule {
    Timex apply(Context context, Timex timex);
}
