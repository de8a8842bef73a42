package org.claimtrace.pipeline;

import java.util.Set;

/**
 * One step of the pipeline.
 *
 * <p><b>Thread safety.</b> A stage instance is shared by every worker thread of a pipeline, so
 * {@link #process} must be safe to call concurrently on different documents. Stages keep their models
 * immutable and shared, and hold any tool that is not thread-safe (such as OpenNLP's {@code *ME} classes)
 * in per-thread state. A {@link Doc} is only ever touched by one thread at a time.
 */
public interface Stage {

    /** Short stable name, used in problems and logs ("tokenize", "ner", ...). */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> provides();

    /**
     * Whether the document as a whole fails when this stage fails. A non-essential stage that fails
     * leaves the document {@code partial}, and the stages that depend on its layers are skipped.
     */
    default boolean essential() {
        return true;
    }

    /**
     * Annotates one document in place.
     *
     * @throws StageException or any runtime exception when the document cannot be processed;
     *                        the pipeline records it as a problem of this document only
     */
    void process(Doc doc);
}
