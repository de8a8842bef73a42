package org.claimtrace.stages;

import org.claimtrace.model.Sentence;
import org.claimtrace.pipeline.Doc;

/** Decides which sentences of a document are worth a dependency parse. Must be thread-safe. */
@FunctionalInterface
public interface ParseSelection {
    /** Every sentence (within the parse budget). */
    ParseSelection ALL = (doc, sentence) -> true;

    boolean worthParsing(Doc doc, Sentence sentence);
}
