package org.claimtrace.pipeline;

/**
 * The project's own annotation layers of a document, independent of any engine. A {@link Stage} declares the
 * layers (and {@link EngineState}s) it reads and writes; the pipeline checks, when it is built, that every stage's
 * reads are written by the stages before it.
 */
public enum Layer implements Slot {
    /** The document text and date: always present. */
    TEXT,
    LANGUAGE,
    /** Token boundaries and texts ({@link Doc#tokens()}), without tags. */
    TOKENS,
    SENTENCES,
    /** The tokens' part-of-speech tags. */
    POS,
    /** The tokens' lemmas. */
    LEMMA,
    /** Named-entity mentions (persons, locations, organizations), before resolution. */
    NAME_MENTIONS,
    /** Time expressions with normalized values. */
    TIME_EXPRESSIONS,
    /** Document-level entities grouping mentions, pronouns included. */
    ENTITIES,
    /** Claim cues found by the cue tagger, before parsing. */
    CUES,
    /** Dependency parses of (some) sentences, in the project's own form ({@code model.DependencyParse}). */
    DEPENDENCIES,
    CLAIMS
}
