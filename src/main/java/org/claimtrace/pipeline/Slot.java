package org.claimtrace.pipeline;

/**
 * A part of a document's working state ({@link Doc}) that a {@link Stage} reads or writes: one of the project's
 * {@link Layer}s, or an engine's own {@link EngineState}. Stages declare the slots they read and write; the
 * {@link Pipeline} checks the chain when it is built, and in checked mode ({@link StageCheck}) what each stage
 * really read and wrote.
 */
public sealed interface Slot permits Layer, EngineState {

    /** A short stable name, for messages. */
    String name();
}
