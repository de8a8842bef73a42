package org.claimtrace.pipeline;

/**
 * The annotation layers a {@link Stage} can require and provide. The pipeline checks, when it is built,
 * that every stage's requirements are provided by the stages before it.
 */
public enum Layer {
    /** The document text and date: always present. */
    TEXT,
    LANGUAGE,
    TOKENS,
    SENTENCES,
    POS,
    LEMMA,
    /** Named-entity mentions (persons, locations, organizations), before resolution. */
    NAME_MENTIONS,
    /** Time expressions with normalized values. */
    TIME_EXPRESSIONS,
    /** Document-level entities grouping mentions, pronouns included. */
    ENTITIES,
    /** Dependency parses of (some) sentences. */
    DEPENDENCIES,
    CLAIMS,
    /** Engine-internal: a CoreNLP annotation aligned with {@link #TOKENS}. */
    CORENLP_ANNOTATION
}
