package org.claimtrace.batch;

import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.MemoryHeadroom;
import org.claimtrace.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Worker threads with a watchdog: each document runs on its own worker under a time budget, and every
 * submitted document's future completes, with the worker's result or with a {@code timeout} result.
 *
 * <p>Policy for an over-budget document: its future is completed with status {@code timeout} at once, its
 * thread is interrupted, and its worker slot is handed to a fresh thread so the batch goes on. CoreNLP does
 * not always honour interrupts, so the abandoned thread may run on in the background until the stage returns;
 * its result is then discarded. At most as many abandoned threads as there are workers may hold CPU at once:
 * beyond that, a slot is only freed when an abandoned thread ends, which keeps a batch of pathological
 * documents from piling up threads. A {@link Throwable} escaping the pipeline (an {@link Error} such as
 * {@link OutOfMemoryError}) fails only that document.
 */
final class Workers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final Function<Article, DocumentResult> process;
    private final Duration budget;
    private final int maxAbandoned;
    private final Semaphore slots;
    private final AtomicInteger abandonedRunning = new AtomicInteger();
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    /**
     * @param budget time allowed per document; zero or negative for none
     */
    Workers(Function<Article, DocumentResult> process, int threads, Duration budget) {
        this.process = process;
        this.budget = budget;
        this.maxAbandoned = threads;
        this.slots = new Semaphore(threads);
        this.pool = Executors.newCachedThreadPool(daemon("claimtrace-worker-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("claimtrace-watchdog-"));
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            // never a stack trace on the user's terminal: every document's failure is already in its result
            t.setUncaughtExceptionHandler((thread, e) -> LOG.warn("{} ended: {}", thread.getName(), e.toString()));
            return t;
        };
    }

    /** Starts a document once a worker slot is free; blocks until then. */
    CompletableFuture<DocumentResult> submit(Article article) throws InterruptedException {
        return submit(article, () -> false);
    }

    /**
     * Starts a document once a worker slot is free; blocks until then, or returns null without starting it
     * when {@code cancelled} turns true while it waits.
     */
    CompletableFuture<DocumentResult> submit(Article article, BooleanSupplier cancelled) throws InterruptedException {
        while (!slots.tryAcquire(50, TimeUnit.MILLISECONDS)) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
        }
        Task task = new Task(article);
        pool.execute(task);
        return task.result;
    }

    /** Number of abandoned threads still running. */
    int abandonedRunning() {
        return abandonedRunning.get();
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        pool.shutdownNow();
    }

    private DocumentResult safely(Article article) {
        try {
            return process.apply(article);
        } catch (Throwable t) {
            if (t instanceof OutOfMemoryError) {
                MemoryHeadroom.release();
            }
            LOG.warn("document {}: failed outside the pipeline: {}", article.id(), t.toString());
            LOG.debug("stack trace", t);
            ProblemCode code = t instanceof OutOfMemoryError ? ProblemCode.OUT_OF_MEMORY
                    : t instanceof StackOverflowError ? ProblemCode.STACK_OVERFLOW : ProblemCode.INTERNAL_ERROR;
            return Pipeline.abandoned(article, Status.FAILED, List.of(new Problem("batch", code, t.toString())));
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    /** One document on one thread, raced by the watchdog. */
    private final class Task implements Runnable {
        final Article article;
        final CompletableFuture<DocumentResult> result = new CompletableFuture<>();
        private final AtomicBoolean slotHeld = new AtomicBoolean(true);
        private Thread thread;
        private boolean finished;
        private boolean abandoned;

        Task(Article article) {
            this.article = article;
        }

        @Override
        public void run() {
            synchronized (this) {
                thread = Thread.currentThread();
            }
            long start = System.nanoTime();
            ScheduledFuture<?> alarm;
            try {
                alarm = closed || budget.isZero() || budget.isNegative() ? null
                        : timer.schedule(this::expire, budget.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                alarm = null; // closed in the meantime
            }
            if (closed) {
                // the batch stopped before this document began: it is counted as interrupted, never run
                if (alarm != null) {
                    alarm.cancel(false);
                }
                result.cancel(false);
                releaseSlot();
                return;
            }
            try {
                result.complete(safely(article));
            } finally {
                if (alarm != null) {
                    alarm.cancel(false);
                }
                synchronized (this) {
                    finished = true;
                    if (abandoned) {
                        abandonedRunning.decrementAndGet();
                        LOG.info("document {}: abandoned worker finished after {} s; its result was discarded",
                                article.id(), (System.nanoTime() - start) / 1_000_000_000L);
                    }
                }
                Thread.interrupted();
                releaseSlot();
            }
        }

        private void expire() {
            int running;
            synchronized (this) {
                if (finished || result.isDone()) {
                    return;
                }
                // counted before the future completes, so whoever waits on it sees the abandoned thread
                abandoned = true;
                running = abandonedRunning.incrementAndGet();
                if (!result.complete(timedOut())) {
                    // the worker finished in the meantime: its result stands
                    abandoned = false;
                    abandonedRunning.decrementAndGet();
                    return;
                }
                thread.interrupt();
            }
            LOG.warn("document {}: over the time budget of {} s; abandoned ({} abandoned worker(s) running)",
                    article.id(), seconds(budget), running);
            if (running <= maxAbandoned) {
                releaseSlot();
            }
        }

        private DocumentResult timedOut() {
            return Pipeline.abandoned(article, Status.TIMEOUT, List.of(new Problem("batch", ProblemCode.TIME_BUDGET,
                    "processing took longer than the budget of " + seconds(budget)
                            + " s per document (--timeout-seconds); abandoned")));
        }

        private void releaseSlot() {
            if (slotHeld.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
