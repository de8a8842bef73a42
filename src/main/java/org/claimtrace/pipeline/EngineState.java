package org.claimtrace.pipeline;

import java.util.Objects;

/**
 * The typed key of an engine's own per-document state, such as CoreNLP's annotation of the document, which the
 * stages of that engine hand on to each other. It is no part of the output and no {@link Layer}: an engine
 * defines its keys in its own package ({@code org.claimtrace.engine.corenlp.CoreNlpDoc}), and its stages list
 * them in {@link Stage#reads()} and {@link Stage#writes()} like layers, so that the chain check and the stage
 * checks see them. Keys are compared by identity: define each once, as a constant.
 *
 * @param <T> the type of the value stored under the key
 */
public final class EngineState<T> implements Slot {
    private final String name;
    private final Class<T> type;

    private EngineState(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    /** A new key; {@code name} should say what the value holds at that point ("corenlp-tagged"). */
    public static <T> EngineState<T> of(String name, Class<T> type) {
        return new EngineState<>(name, type);
    }

    @Override
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
