package org.claimtrace.time;

/** Which way from the document date a sentence points, as far as its verbs and cue words tell. */
public enum Tense {
    /** Simple past, perfect, or a backward cue ("since", "last"). */
    PAST,
    /** Present tense with no cue either way. */
    PRESENT,
    /** "will", "going to", a headline infinitive, or a forward cue ("until", "next"). */
    FUTURE
}
