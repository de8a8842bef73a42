package org.claimtrace.model;

/**
 * A claim cue found before parsing: half-open document token indices and the tagger's probability. Working
 * state between the cue and claim stages; not part of the output.
 */
public record CueCandidate(int tokenBegin, int tokenEnd, int sentence, double probability) {
}
