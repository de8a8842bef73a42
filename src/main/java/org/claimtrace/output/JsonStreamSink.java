package org.claimtrace.output;

import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Documents written to one stream: one compact line each (JSONL), or pretty documents one after another. */
public final class JsonStreamSink implements OutputSink {
    private final BufferedWriter out;
    private final boolean lines;
    private final String name;
    private final boolean closeStream;

    public JsonStreamSink(OutputStream stream, boolean lines, String name, boolean closeStream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.lines = lines;
        this.name = name;
        this.closeStream = closeStream;
    }

    @Override
    public void write(DocumentResult result) {
        try {
            if (lines) {
                out.write(Json.compact(result));
                out.write('\n');
            } else {
                out.write(Json.pretty(result));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + name, e);
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
            throw new UncheckedIOException("cannot close " + name, e);
        }
    }
}
