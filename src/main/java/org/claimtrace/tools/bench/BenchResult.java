package org.claimtrace.tools.bench;

import java.util.Locale;

/**
 * One measured configuration.
 *
 * @param loadSeconds        time to build the pipeline (models loaded), once per JVM and system
 * @param firstResultSeconds from the start of the load to the first finished document
 * @param stageTable         CPU seconds per stage in this run, as a Markdown table; null for raw CoreNLP
 */
record BenchResult(String system, int threads, int documents, long tokens, double seconds, double loadSeconds,
                   double firstResultSeconds, long peakHeapMb, String stageTable) {

    BenchResult named(String name) {
        return new BenchResult(name, threads, documents, tokens, seconds, loadSeconds, firstResultSeconds, peakHeapMb,
                stageTable);
    }

    double tokensPerSecond() {
        return tokens / seconds;
    }

    double documentsPerSecond() {
        return documents / seconds;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.1f | %.1f | %d |", system, threads,
                documents, tokens, tokensPerSecond(), documentsPerSecond(), loadSeconds, firstResultSeconds, peakHeapMb);
    }

    static String header() {
        return "| system | threads | documents | tokens | tokens/s | documents/s | load (s) | first result (s) | peak heap (MB) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
    }
}
