package org.claimtrace.batch;

import org.claimtrace.model.Status;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of a finished batch. The status counts plus {@link #resumed()} and {@link #interrupted()} add up to
 * {@link #documents()}, the number of inputs (unless {@link #restUncounted()}: the batch was stopped and not
 * every remaining input could be counted in time).
 *
 * @param resumed           documents not processed again because a resumed run found their output current
 * @param firstResultMillis time from the start of the batch (models loaded) to the first finished document
 * @param interrupted       documents given no result because the batch stopped early (a signal, or an output
 *                          device that takes no more writes); the next {@code --resume} does them
 * @param stoppedBy         why the batch stopped early ("SIGTERM", "output device: No space left on device"),
 *                          or null when it ran to the end
 * @param signal            the number of the signal that stopped it, or 0
 * @param notProcessed      ids of the interrupted documents, in input order
 * @param restUncounted     the inputs after a stop could not all be counted within the time allowed
 * @param outputError       why the output could not be completed when the sink closed, or null
 */
public record BatchSummary(int documents, Map<Status, Integer> byStatus, int resumed, long tokens, long elapsedMillis,
                           long firstResultMillis, int interrupted, String stoppedBy, int signal,
                           List<String> notProcessed, boolean restUncounted, String outputError) {

    /** The summary of a batch that ran to the end. */
    public BatchSummary(int documents, Map<Status, Integer> byStatus, int resumed, long tokens, long elapsedMillis,
                        long firstResultMillis) {
        this(documents, byStatus, resumed, tokens, elapsedMillis, firstResultMillis, 0, null, 0, List.of(), false, null);
    }

    public BatchSummary {
        notProcessed = List.copyOf(notProcessed);
    }

    public int count(Status s) {
        return byStatus.getOrDefault(s, 0);
    }

    public double tokensPerSecond() {
        return elapsedMillis == 0 ? 0 : tokens * 1000.0 / elapsedMillis;
    }

    /**
     * Exit code: {@code 128 + signal} when a signal stopped the batch; 1 when the output device stopped it, some
     * document failed or timed out, or the output could not be completed; 0 otherwise.
     */
    public int exitCode() {
        if (signal > 0) {
            return 128 + signal;
        }
        return stoppedBy != null || outputError != null || count(Status.FAILED) + count(Status.TIMEOUT) > 0 ? 1 : 0;
    }

    /** The one-line summary printed at the end of a run. */
    public String line() {
        return String.format(Locale.ROOT,
                "documents: %d%s, ok: %d, partial: %d, skipped: %d, failed: %d, timeout: %d, resumed: %d, "
                        + "interrupted: %d, elapsed: %.1f s, tokens: %d, tokens/s: %.0f",
                documents, restUncounted ? "+" : "", count(Status.OK), count(Status.PARTIAL), count(Status.SKIPPED),
                count(Status.FAILED), count(Status.TIMEOUT), resumed, interrupted, elapsedMillis / 1000.0, tokens,
                tokensPerSecond());
    }

    static Map<Status, Integer> emptyCounts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        return m;
    }
}
