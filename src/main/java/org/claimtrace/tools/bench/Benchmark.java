package org.claimtrace.tools.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.claimtrace.ClaimTrace;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.StageProfile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Properties;
import java.util.function.ToLongFunction;

/**
 * Runs claimtrace's full pipeline and the raw CoreNLP pipeline that yields comparable information
 * (tokenize, ssplit, pos, lemma, ner, depparse, coref with CoreNLP's defaults) on the same documents, in
 * the same JVM, with the given thread counts, and measures each.
 */
final class Benchmark {
    /** The raw CoreNLP annotators compared against. */
    static final String RAW_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

    private Benchmark() {
    }

    /**
     * A loaded system: how long its load and its first document took, how it processes a document, and for
     * claimtrace its CPU seconds per stage (null for raw CoreNLP).
     */
    record Loaded(String system, double loadSeconds, double firstResultSeconds, ToLongFunction<Article> process,
                  StageProfile profile) {
    }

    /**
     * Builds claimtrace's pipeline from a cold start and processes the first document: load time and time to
     * the first result, as a user starting the command sees them.
     */
    static Loaded claimtrace(Article first) {
        long t0 = System.nanoTime();
        ClaimTrace ct = ClaimTrace.builder().profileStages(true).build();
        double load = (System.nanoTime() - t0) / 1e9;
        ToLongFunction<Article> process = a -> {
            DocumentResult r = ct.process(a);
            return r.tokenCount();
        };
        process.applyAsLong(first);
        return new Loaded("claimtrace", load, (System.nanoTime() - t0) / 1e9, process, ct.stageProfile().orElseThrow());
    }

    /** The same for raw CoreNLP with {@link #RAW_ANNOTATORS} and CoreNLP's defaults. */
    static Loaded rawCoreNlp(Article first) {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", RAW_ANNOTATORS);
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double load = (System.nanoTime() - t0) / 1e9;
        ToLongFunction<Article> process = a -> {
            Annotation an = new Annotation(a.text());
            if (a.date() != null) {
                an.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
            }
            nlp.annotate(an);
            return an.get(CoreAnnotations.TokensAnnotation.class).size();
        };
        process.applyAsLong(first);
        return new Loaded("raw CoreNLP", load, (System.nanoTime() - t0) / 1e9, process, null);
    }

    /**
     * Processes documents without measuring on all the workers, so that the timed runs that follow are JIT-compiled
     * and every worker has built its per-thread tools.
     */
    static void warmUp(BenchWorkers workers, Loaded system, List<Article> docs, int threads) {
        workers.run(system.system(), docs, threads, system.process());
    }

    /** One timed run over {@code docs} with {@code threads} workers, with claimtrace's stage table of that run. */
    static BenchResult measure(BenchWorkers workers, Loaded system, List<Article> docs, int threads) {
        resetPeaks();
        if (system.profile() != null) {
            system.profile().reset();
        }
        long start = System.nanoTime();
        long tokens = workers.run(system.system(), docs, threads, system.process());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchResult(system.system(), threads, docs.size(), tokens, seconds, system.loadSeconds(),
                system.firstResultSeconds(), peakHeapMb(), system.profile() == null ? null : system.profile().table());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
