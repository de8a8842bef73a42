package org.claimtrace.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU seconds per stage, summed over every document and worker thread of one pipeline: the thread CPU time of the
 * worker around each stage's {@link Stage#process}. Off by default; a pipeline built with
 * {@link Pipeline.Option#PROFILE} keeps one ({@link Pipeline#profile()}, {@code ClaimTrace.stageProfile()}), and
 * {@code claimtrace --profile} and {@code claimtrace bench} print it. Garbage collection, which runs on the JVM's
 * own threads, and the time outside the stages (reading, writing output) are not counted. Thread-safe.
 */
public final class StageProfile {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<String> stages;
    private final LongAdder[] nanos;
    private final LongAdder documents = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    /** One row of the table. */
    public record Row(String stage, double cpuSeconds, double share, double tokensPerCpuSecond) {
    }

    StageProfile(List<String> stages) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new PipelineConfigException("this JVM cannot measure thread CPU time, which the stage profile needs");
        }
        this.stages = List.copyOf(stages);
        this.nanos = new LongAdder[stages.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** CPU time of the current thread, in nanoseconds. */
    static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    void add(int stage, long cpuNanos) {
        nanos[stage].add(cpuNanos);
    }

    void documentDone(int documentTokens) {
        documents.increment();
        tokens.add(documentTokens);
    }

    /** Documents processed since the start or the last {@link #reset()}. */
    public long documents() {
        return documents.sum();
    }

    /** Their tokens. */
    public long tokens() {
        return tokens.sum();
    }

    /** Starts counting again from zero, for instance after a warm-up. */
    public void reset() {
        for (LongAdder n : nanos) {
            n.reset();
        }
        documents.reset();
        tokens.reset();
    }

    /** One row per stage, in pipeline order, then a row {@code total}. */
    public List<Row> rows() {
        long total = 0;
        long[] each = new long[nanos.length];
        for (int i = 0; i < each.length; i++) {
            each[i] = nanos[i].sum();
            total += each[i];
        }
        long tokenCount = tokens();
        List<Row> rows = new ArrayList<>(each.length + 1);
        for (int i = 0; i < each.length; i++) {
            rows.add(row(stages.get(i), each[i], total, tokenCount));
        }
        rows.add(row("total", total, total, tokenCount));
        return rows;
    }

    private static Row row(String stage, long nanos, long total, long tokens) {
        double seconds = nanos / 1e9;
        return new Row(stage, seconds, total == 0 ? 0 : (double) nanos / total, seconds == 0 ? 0 : tokens / seconds);
    }

    /** The rows as a Markdown table. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "CPU seconds per stage, %d documents, %d tokens:%n%n", documents(), tokens()));
        sb.append("| stage | CPU s | share | tokens per CPU-second |\n|---|---:|---:|---:|\n");
        for (Row r : rows()) {
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f%% | %.0f |%n", r.stage(), r.cpuSeconds(),
                    100 * r.share(), r.tokensPerCpuSecond()));
        }
        return sb.toString();
    }
}
