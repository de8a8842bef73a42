package org.claimtrace.output;

import org.claimtrace.model.DocumentResult;

/** Where results go. Called from one thread, in input order. */
public interface OutputSink extends AutoCloseable {
    void write(DocumentResult result);

    /**
     * Writes a result together with the fingerprint of the input it came from, so that a later
     * {@code --resume} can recognise it. Sinks that cannot resume just write.
     */
    default void write(DocumentResult result, String inputFingerprint) {
        write(result);
    }

    /**
     * True when this sink resumes a run and already holds a complete, current output for the document: same
     * input fingerprint, same configuration, and a status worth keeping (ok, partial, skipped).
     */
    default boolean hasCurrent(String id, String inputFingerprint) {
        return false;
    }

    /** A short description for the summary line ("output/", "stdout"). */
    String describe();

    @Override
    void close();
}
