package org.claimtrace.pipeline;

import java.util.Set;

/**
 * One step of the pipeline.
 *
 * <p><b>Contract.</b> A stage declares the {@link Slot}s of the {@link Doc} it reads ({@link #reads()}) and writes
 * ({@link #writes()}): the project's {@link Layer}s and its engine's {@link EngineState}s. The {@link Pipeline}
 * refuses, when it is built, a chain in which a stage reads a slot that no stage before it writes. In checked mode
 * ({@link StageCheck}: the tests, or {@code -Dclaimtrace.checkStages=true}) it also checks, after every stage,
 * that the stage read only what it declares and wrote exactly what it declares. Reading {@link Doc#text()},
 * {@link Doc#index()}, {@link Doc#span} or {@link Doc#date()} is reading {@link Layer#TEXT}. A slot a stage reads
 * and writes (it rewrites the time expressions, or fills an engine's state in) is listed in both.
 *
 * <p><b>Thread safety.</b> A stage instance is shared by every worker thread of a pipeline, so
 * {@link #process} must be safe to call concurrently on different documents. Stages keep their models
 * immutable and shared, and hold any tool that is not thread-safe (such as OpenNLP's {@code *ME} classes)
 * in per-thread state. A {@link Doc} is only ever touched by one thread at a time.
 */
public interface Stage {

    /** Short stable name, used in problems and logs ("tokenize", "ner", ...). */
    String name();

    /** The slots this stage reads; each must be written by a stage before it. */
    Set<Slot> reads();

    /** The slots this stage writes, every one of them on every document it does not skip. */
    Set<Slot> writes();

    /**
     * Whether the document as a whole fails when this stage fails. A non-essential stage that fails
     * leaves the document {@code partial}, and the stages that read what it writes are skipped.
     */
    default boolean essential() {
        return true;
    }

    /**
     * Annotates one document in place.
     *
     * @throws StageException when the document cannot be processed (its code goes into the document's problem).
     *                        This is the only exception a stage throws by design; the pipeline still records any
     *                        other runtime exception, or a {@link StackOverflowError}, as a problem of this
     *                        document only ({@code stage-error}), and the conformance tests treat it as a bug.
     */
    void process(Doc doc);
}
