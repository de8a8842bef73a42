package org.claimtrace.output;

import org.claimtrace.model.DocumentResult;

/** Where results go. Called from one thread, in input order. */
public interface OutputSink extends AutoCloseable {
    void write(DocumentResult result);

    /** A short description for the summary line ("output/", "stdout"). */
    String describe();

    @Override
    void close();
}
