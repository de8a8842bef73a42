package org.claimtrace.model;

/**
 * A claim cue found before parsing: half-open document token indices, the tagger's probability, and the
 * tokens its source and content are looked for in (the window the parse stage must parse). Working state
 * between the cue and claim stages; not part of the output.
 */
public record CueCandidate(int tokenBegin, int tokenEnd, int sentence, double probability, int windowBegin,
                           int windowEnd) {
    public CueCandidate {
        if (tokenEnd <= tokenBegin || windowBegin > tokenBegin || windowEnd < tokenEnd) {
            throw new IllegalArgumentException("bad cue " + tokenBegin + ".." + tokenEnd + " in window "
                    + windowBegin + ".." + windowEnd);
        }
    }

    /** Whether the cue's window touches the tokens [begin, end). */
    public boolean windowTouches(int begin, int end) {
        return windowBegin < end && begin < windowEnd;
    }
}
