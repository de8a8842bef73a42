package org.claimtrace.claims.learn;

/** A cue found by the cue tagger, with the mean marginal probability of its tokens being a cue. */
public record DetectedCue(CueSpan span, double probability) {
}
