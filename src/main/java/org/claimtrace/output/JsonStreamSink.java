package org.claimtrace.output;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Documents written to one stream (standard output): one compact line each (JSONL), or pretty documents one
 * after another. Each document goes out in one write and is flushed. A failed write throws
 * {@link OutputWriteException}; a stream cannot be cut back, so for a file use {@link JsonLinesFileSink}.
 */
public final class JsonStreamSink implements OutputSink {
    private final OutputStream out;
    private final boolean lines;
    private final String name;
    private final boolean closeStream;

    public JsonStreamSink(OutputStream stream, boolean lines, String name, boolean closeStream) {
        this.out = stream;
        this.lines = lines;
        this.name = name;
        this.closeStream = closeStream;
    }

    @Override
    public void write(DocumentResult result) {
        byte[] record = (lines ? Json.compact(result) + "\n" : Json.pretty(result)).getBytes(StandardCharsets.UTF_8);
        try {
            out.write(record);
            out.flush();
            if (out instanceof PrintStream ps && ps.checkError()) {
                throw new IOException("write error (closed pipe or full device)");
            }
        } catch (IOException e) {
            throw new OutputWriteException("cannot write to " + name, e);
        }
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        try {
            out.flush();
            if (closeStream) {
                out.close();
            }
        } catch (IOException e) {
            throw new OutputWriteException("cannot close " + name, e);
        }
    }
}
