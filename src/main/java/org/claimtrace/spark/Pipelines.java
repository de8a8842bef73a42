package org.claimtrace.spark;

import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipelines of this JVM, one per configuration, built on first use. On an executor the first task
 * that needs a configuration builds its pipeline (models come from {@link ClaimTrace}'s per-JVM shared
 * models); every later task and record of the JVM reuses it.
 */
public final class Pipelines {
    private static final Map<ClaimTraceConfig, ClaimTrace> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private Pipelines() {
    }

    /** The pipeline of this configuration, built at the first call in this JVM. */
    public static ClaimTrace get(ClaimTraceConfig config) {
        return PIPELINES.computeIfAbsent(config, c -> {
            BUILDS.incrementAndGet();
            return ClaimTrace.create(c);
        });
    }

    /** How many pipelines this JVM has built so far (one per distinct configuration). */
    public static int builds() {
        return BUILDS.get();
    }
}
