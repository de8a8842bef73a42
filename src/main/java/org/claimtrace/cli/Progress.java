package org.claimtrace.cli;

import org.claimtrace.model.DocumentResult;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress display on stderr, redrawn at most a few times a second. */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private final int sources;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int documents;
    private long tokens;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled, int sources) {
        this.err = err;
        this.enabled = enabled;
        this.sources = sources;
    }

    synchronized void update(DocumentResult r) {
        documents++;
        tokens += r.tokenCount();
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        err.printf(Locale.ROOT, "\r%d documents (%d input files), %.0f tokens/s, %.0f s   ", documents, sources,
                tokens / Math.max(secs, 1e-3), secs);
        drawn = true;
    }

    synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }
}
