package org.claimtrace.batch;

import org.claimtrace.model.Status;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of a finished batch. The status counts plus {@link #resumed()} add up to {@link #documents()}, the
 * number of inputs.
 *
 * @param resumed           documents not processed again because a resumed run found their output current
 * @param firstResultMillis time from the start of the batch (models loaded) to the first finished document
 */
public record BatchSummary(int documents, Map<Status, Integer> byStatus, int resumed, long tokens, long elapsedMillis,
                           long firstResultMillis) {

    public int count(Status s) {
        return byStatus.getOrDefault(s, 0);
    }

    public double tokensPerSecond() {
        return elapsedMillis == 0 ? 0 : tokens * 1000.0 / elapsedMillis;
    }

    /** Exit code: 0 when no document failed or timed out, 1 otherwise. */
    public int exitCode() {
        return count(Status.FAILED) + count(Status.TIMEOUT) > 0 ? 1 : 0;
    }

    /** The one-line summary printed at the end of a run. */
    public String line() {
        return String.format(Locale.ROOT,
                "documents: %d, ok: %d, partial: %d, skipped: %d, failed: %d, timeout: %d, resumed: %d, "
                        + "elapsed: %.1f s, tokens: %d, tokens/s: %.0f",
                documents, count(Status.OK), count(Status.PARTIAL), count(Status.SKIPPED), count(Status.FAILED),
                count(Status.TIMEOUT), resumed, elapsedMillis / 1000.0, tokens, tokensPerSecond());
    }

    static Map<Status, Integer> emptyCounts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        return m;
    }
}
