package org.claimtrace.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.claimtrace.ClaimTrace;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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

    static BenchResult claimtrace(List<Article> docs, int threads, double[] loadSeconds) {
        long t0 = System.nanoTime();
        ClaimTrace ct = ClaimTrace.builder().build();
        if (loadSeconds[0] < 0) {
            loadSeconds[0] = (System.nanoTime() - t0) / 1e9;
        }
        return run("claimtrace", docs, threads, loadSeconds[0], t0, a -> {
            DocumentResult r = ct.process(a);
            return r.tokenCount();
        });
    }

    static BenchResult rawCoreNlp(List<Article> docs, int threads, StanfordCoreNLP[] holder, double[] loadSeconds) {
        long t0 = System.nanoTime();
        if (holder[0] == null) {
            Properties p = new Properties();
            p.setProperty("annotators", RAW_ANNOTATORS);
            holder[0] = new StanfordCoreNLP(p);
            loadSeconds[0] = (System.nanoTime() - t0) / 1e9;
        }
        StanfordCoreNLP nlp = holder[0];
        return run("raw CoreNLP", docs, threads, loadSeconds[0], t0, a -> {
            Annotation an = new Annotation(a.text());
            if (a.date() != null) {
                an.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
            }
            nlp.annotate(an);
            return an.get(CoreAnnotations.TokensAnnotation.class).size();
        });
    }

    private static BenchResult run(String system, List<Article> docs, int threads, double loadSeconds, long t0,
                                   ToLongFunction<Article> process) {
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        AtomicLong firstDone = new AtomicLong(-1);
        long start = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Article a : docs) {
                fs.add(pool.submit(() -> {
                    tokens.addAndGet(process.applyAsLong(a));
                    firstDone.compareAndSet(-1, System.nanoTime());
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(system + " failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // time to first result: the load (when it happened in this run) plus the first document
        double first = (firstDone.get() - start) / 1e9 + ((start - t0) / 1e9 > 0.5 ? (start - t0) / 1e9 : loadSeconds);
        return new BenchResult(system, threads, docs.size(), tokens.get(), seconds, loadSeconds, first, peakHeapMb());
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
