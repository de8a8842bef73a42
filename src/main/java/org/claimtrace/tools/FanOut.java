package org.claimtrace.tools;

import org.claimtrace.pipeline.ClaimTraceException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The tools' one thread-pool fan-out: a function applied to every input on a fixed number of threads, the results
 * in input order. Used by evaluation, training and the benchmark. (The runtime's batch runner has its own workers,
 * with a time budget per document: {@code org.claimtrace.batch.Workers}.)
 */
public final class FanOut {
    private FanOut() {
    }

    /** {@link #map(String, List, int, Function, IntConsumer)} without progress reports. */
    public static <I, O> List<O> map(String what, List<I> inputs, int threads, Function<? super I, ? extends O> f) {
        return map(what, inputs, threads, f, done -> { });
    }

    /**
     * Applies {@code f} to every input on {@code threads} threads (at least one).
     *
     * @param what     names the job in the exception when {@code f} fails ("evaluation")
     * @param progress told how many results, counted in input order, are finished
     * @return the results in the order of the inputs
     * @throws ClaimTraceException with the first failure as its cause, or when interrupted; the other tasks are
     *                             cancelled
     */
    public static <I, O> List<O> map(String what, List<I> inputs, int threads, Function<? super I, ? extends O> f,
                                     IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<? extends O>> futures = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                futures.add(pool.submit(() -> f.apply(input)));
            }
            List<O> out = new ArrayList<>(inputs.size());
            for (Future<? extends O> future : futures) {
                out.add(future.get());
                progress.accept(out.size());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimTraceException(what + " interrupted", e);
        } catch (ExecutionException e) {
            throw new ClaimTraceException(what + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
