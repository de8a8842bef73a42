package org.claimtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The long-run memory benchmark ({@code --heap-log FILE}): every N documents, a full GC is requested and the
 * heap in use afterwards is appended to a CSV file ({@code documents,heap_after_gc_mb,elapsed_s}). Flat figures
 * over a long run mean nothing accumulates per document. Costs one GC per N documents, so off by default.
 */
final class HeapLog implements AutoCloseable {
    private final PrintWriter out;
    private final int every;
    private final long start = System.nanoTime();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private int documents;

    HeapLog(Path file, int every) throws IOException {
        this.out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        this.every = every;
        out.println("documents,heap_after_gc_mb,elapsed_s");
        sample();
    }

    /** Counts one finished document and samples the heap every N of them. */
    void documentDone() {
        documents++;
        if (documents % every == 0) {
            sample();
        }
    }

    private void sample() {
        System.gc();
        double mb = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        out.printf(Locale.ROOT, "%d,%.1f,%.1f%n", documents, mb, (System.nanoTime() - start) / 1e9);
        out.flush();
    }

    @Override
    public void close() {
        if (documents % every != 0) {
            sample();
        }
        out.close();
    }
}
