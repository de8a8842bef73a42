package org.claimtrace.tools.bench;

import org.claimtrace.model.Article;
import org.claimtrace.pipeline.ClaimTraceException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * The benchmark's worker threads, made once and used by the warm-up and by every timed run, as a batch run keeps
 * its workers for all its documents. The pipeline's per-thread tools (SUTime's annotators, the parser with its
 * activation cache) are built on a worker's first document; fresh threads for each timed run would build them
 * again inside the timed window and count a load cost as throughput, more the shorter the corpus.
 */
final class BenchWorkers implements AutoCloseable {
    private final ExecutorService pool;
    private final int size;

    /** @param size the most threads any run will use */
    BenchWorkers(int size) {
        this.size = Math.max(1, size);
        this.pool = Executors.newFixedThreadPool(this.size, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Processes every document once on {@code threads} of the workers, each taking the next document when it is
     * free, and returns the sum of what {@code process} returned (tokens).
     *
     * @throws ClaimTraceException with the first failure as its cause; the other workers stop at their next document
     */
    long run(String system, List<Article> docs, int threads, ToLongFunction<Article> process) {
        if (threads < 1 || threads > size) {
            throw new IllegalArgumentException(threads + " threads asked of " + size + " workers");
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> loops = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            loops.add(pool.submit(() -> {
                long sum = 0;
                for (int k; (k = next.getAndIncrement()) < docs.size(); ) {
                    sum += process.applyAsLong(docs.get(k));
                }
                return sum;
            }));
        }
        long total = 0;
        try {
            for (Future<Long> loop : loops) {
                total += loop.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimTraceException(system + " benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new ClaimTraceException(system + " benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            next.set(docs.size());
            for (Future<Long> loop : loops) {
                try {
                    loop.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException ignored) {
                    // the first failure is the one reported
                }
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
