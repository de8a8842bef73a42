package org.claimtrace.stages;

import org.claimtrace.model.Sentence;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Slot;

import java.util.Set;

/** Decides which sentences of a document are worth a dependency parse. Must be thread-safe. */
@FunctionalInterface
public interface ParseSelection {
    /** Every sentence (within the parse budget). */
    ParseSelection ALL = (doc, sentence) -> true;

    boolean worthParsing(Doc doc, Sentence sentence);

    /** The layers the decision reads; the parse stage declares them as its own reads. */
    default Set<Slot> reads() {
        return Set.of();
    }
}
