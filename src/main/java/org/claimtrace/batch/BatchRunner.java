package org.claimtrace.batch;

import org.claimtrace.ClaimTrace;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.OutputWriteException;
import org.claimtrace.pipeline.InputException;
import org.claimtrace.pipeline.Pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a batch: reads articles as a stream, processes them on worker threads that share one
 * {@link ClaimTrace}, and writes the results in input order. At most a few documents per thread are in
 * flight, so memory stays flat however large the batch. One document's failure never affects another.
 *
 * <p>Every input ends with exactly one result. Each document has a time budget: a watchdog gives an
 * over-budget document the status {@code timeout}, interrupts its thread and lets a fresh thread take its place
 * (see {@link Workers} for the policy on threads that ignore the interrupt). Errors such as
 * {@link OutOfMemoryError} fail only their document. When the sink {@linkplain OutputSink#hasCurrent resumes}
 * a run, documents whose output is already current are not processed again and are counted as resumed. An
 * output that cannot be written fails only its document; a batch stops early, cleanly, on a {@link BatchStop}
 * request or when the output device takes no more writes (see {@link #run}).
 */
public final class BatchRunner {
    /** Default time budget per document. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Function<Article, DocumentResult> process;
    private final ArticleReader reader;
    private final int threads;
    private final Duration timeout;

    public BatchRunner(ClaimTrace claimTrace, ArticleReader reader, int threads) {
        this(claimTrace, reader, threads, DEFAULT_TIMEOUT);
    }

    /**
     * @param timeout time budget per document; zero for none
     */
    public BatchRunner(ClaimTrace claimTrace, ArticleReader reader, int threads, Duration timeout) {
        this(claimTrace::process, reader, threads, timeout);
    }

    /** A runner over any per-document function (tests use fake pipelines). */
    BatchRunner(Function<Article, DocumentResult> process, ArticleReader reader, int threads, Duration timeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.process = process;
        this.reader = reader;
        this.threads = threads;
        this.timeout = timeout;
    }

    /** How long a stopped batch waits for the documents in flight before it abandons them. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);
    /** Consecutive failed writes after which the output device is taken as unusable and the batch stops. */
    public static final int MAX_CONSECUTIVE_WRITE_FAILURES = 3;
    /** How long a stopped batch spends counting (and naming) the inputs it did not reach. */
    static final Duration REST_COUNT_BUDGET = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;

    private BatchStop stop = new BatchStop();
    private Duration stopGrace = DEFAULT_STOP_GRACE;

    /**
     * Lets the batch be stopped early through {@code stop} (the CLI's signal handlers).
     *
     * @param grace how long documents in flight may take to finish after the stop; then they are abandoned
     */
    public BatchRunner stoppedBy(BatchStop stop, Duration grace) {
        this.stop = stop;
        this.stopGrace = grace;
        return this;
    }

    /** A document on its way: the article, its future result and the fingerprint of its input. */
    private record Pending(Article article, CompletableFuture<DocumentResult> result, String input) {
    }

    /**
     * Processes every source.
     *
     * <p>A result whose output cannot be written becomes a failed result with the problem {@code write-failed}
     * (and the operating system's reason), and the batch goes on. After
     * {@value #MAX_CONSECUTIVE_WRITE_FAILURES} failed writes in a row the output device is taken as unusable:
     * the batch stops, as it does when {@link BatchStop} is requested. A stopped batch starts no new document;
     * documents in flight are written if they finish within the grace period (never after a device stop) and
     * abandoned otherwise; every input without a result is counted as interrupted and named in the summary.
     *
     * @param onResult told about each result after it is written (progress display, failures file)
     */
    public BatchSummary run(List<InputSource> sources, OutputSink sink, Consumer<DocumentResult> onResult) {
        Tally tally = new Tally(sink, onResult, stop);
        Map<String, Integer> seenIds = new HashMap<>();
        Deque<Pending> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        Workers workers = new Workers(process, threads, timeout);
        ArticleReader.ArticleIterator it = null;
        int next = 0;
        try {
            outer:
            for (; next < sources.size(); next++) {
                it = open(sources.get(next));
                while (it.hasNext()) {
                    if (tally.stopping()) {
                        break outer;
                    }
                    Article article = unique(it.next(), seenIds);
                    String input = Fingerprints.input(article);
                    if (sink.hasCurrent(article.id(), input)) {
                        tally.resumed++;
                        continue;
                    }
                    CompletableFuture<DocumentResult> result = workers.submit(article, tally::stopping);
                    if (result == null) {
                        tally.notProcessed(article.id());
                        break outer;
                    }
                    inFlight.add(new Pending(article, result, input));
                    while (inFlight.size() >= window && tally.finishNext(inFlight)) {
                        // written in input order
                    }
                }
                it.close();
                it = null;
            }
            while (!tally.stopping() && !inFlight.isEmpty() && tally.finishNext(inFlight)) {
                // the last documents
            }
            if (tally.stopping()) {
                tally.stopInFlight(inFlight, stopGrace);
                workers.close();
                tally.countRest(it, sources.subList(Math.min(next + (it == null ? 0 : 1), sources.size()),
                        sources.size()), seenIds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } finally {
            workers.close();
            if (it != null) {
                it.close();
            }
            try {
                sink.close();
            } catch (RuntimeException e) {
                tally.outputError = e.getMessage();
            }
        }
        return tally.summary();
    }

    /** Opens a source; one that cannot be opened becomes a failed document instead of ending the batch. */
    private ArticleReader.ArticleIterator open(InputSource source) {
        try {
            return reader.read(source);
        } catch (InputException e) {
            Article failed = Article.unreadable(source.idBase(), source.isStdin() ? null : source.path().toString(),
                    new Problem("input", ProblemCode.IO_ERROR, e.getMessage()));
            return new ArticleReader.ArticleIterator() {
                private boolean done;

                @Override
                public boolean hasNext() {
                    return !done;
                }

                @Override
                public Article next() {
                    done = true;
                    return failed;
                }

                @Override
                public void close() {
                    done = true;
                }
            };
        }
    }

    /** Writes finished documents in order and counts them. */
    private final class Tally {
        private final long start = System.nanoTime();
        private final OutputSink sink;
        private final Consumer<DocumentResult> onResult;
        private final BatchStop stop;
        private final Map<Status, Integer> counts = BatchSummary.emptyCounts();
        private final List<String> notProcessed = new ArrayList<>();
        private long tokens;
        private int processed;
        private int resumed;
        private long firstResult = -1;
        private int consecutiveWriteFailures;
        private String deviceStop;
        private boolean restUncounted;
        private String outputError;

        Tally(OutputSink sink, Consumer<DocumentResult> onResult, BatchStop stop) {
            this.sink = sink;
            this.onResult = onResult;
            this.stop = stop;
        }

        boolean stopping() {
            return deviceStop != null || stop.requested();
        }

        void notProcessed(String id) {
            notProcessed.add(id);
        }

        /**
         * Waits for the oldest document in flight and writes it; returns false, leaving it queued, when the
         * batch is stopping.
         */
        boolean finishNext(Deque<Pending> inFlight) throws InterruptedException {
            Pending p = inFlight.peek();
            while (!stopping() && !p.result().isDone()) {
                try {
                    p.result().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // polled again
                }
            }
            if (stopping()) {
                return false;
            }
            inFlight.poll();
            write(p);
            return !stopping();
        }

        /** After a stop: documents in flight are written if they finish within the grace, else abandoned. */
        void stopInFlight(Deque<Pending> inFlight, Duration grace) throws InterruptedException {
            long deadline = System.nanoTime() + grace.toNanos();
            for (Pending p : inFlight) {
                if (deviceStop == null) {
                    long left = deadline - System.nanoTime();
                    try {
                        p.result().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
                    } catch (TimeoutException | ExecutionException | CancellationException e) {
                        // abandoned below
                    }
                }
                if (deviceStop == null && p.result().isDone() && !p.result().isCancelled()) {
                    write(p);
                } else {
                    notProcessed(p.article().id());
                }
            }
            inFlight.clear();
        }

        /** Counts and names the inputs the stopped batch did not reach, within {@link #REST_COUNT_BUDGET}. */
        void countRest(ArticleReader.ArticleIterator current, List<InputSource> rest, Map<String, Integer> seenIds) {
            long deadline = System.nanoTime() + REST_COUNT_BUDGET.toNanos();
            try {
                if (current != null && !countAll(current, seenIds, deadline)) {
                    return;
                }
                for (InputSource source : rest) {
                    if (source.isStdin()) {
                        restUncounted = true; // standard input is not waited for
                        continue;
                    }
                    try (ArticleReader.ArticleIterator it = open(source)) {
                        if (!countAll(it, seenIds, deadline)) {
                            return;
                        }
                    }
                }
            } catch (RuntimeException e) {
                restUncounted = true;
            }
        }

        private boolean countAll(ArticleReader.ArticleIterator it, Map<String, Integer> seenIds, long deadline) {
            while (it.hasNext()) {
                if (System.nanoTime() > deadline) {
                    restUncounted = true;
                    return false;
                }
                Article a = unique(it.next(), seenIds);
                if (sink.hasCurrent(a.id(), Fingerprints.input(a))) {
                    resumed++;
                } else {
                    notProcessed(a.id());
                }
            }
            return true;
        }

        private void write(Pending p) {
            DocumentResult r = p.result().join();
            try {
                sink.write(r, p.input());
                consecutiveWriteFailures = 0;
            } catch (OutputWriteException e) {
                long tokenCount = r.tokenCount();
                r = Pipeline.abandoned(p.article(), Status.FAILED, List.of(
                        new Problem(ProblemCode.OUTPUT_STAGE, ProblemCode.WRITE_FAILED, e.getMessage())));
                tokens += tokenCount;
                if (++consecutiveWriteFailures >= MAX_CONSECUTIVE_WRITE_FAILURES) {
                    deviceStop = "output device: " + e.reason();
                }
            }
            counts.merge(r.status(), 1, Integer::sum);
            onResult.accept(r);
            tokens += r.tokenCount();
            processed++;
            firstResult = firstResult < 0 ? elapsedMillis() : firstResult;
        }

        long elapsedMillis() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        BatchSummary summary() {
            String stoppedBy = deviceStop != null ? deviceStop : stop.requested() ? stop.signalName() : null;
            int signal = deviceStop == null && stop.requested() ? stop.signalNumber() : 0;
            return new BatchSummary(processed + resumed + notProcessed.size(), counts, resumed, tokens,
                    elapsedMillis(), Math.max(firstResult, 0), notProcessed.size(), stoppedBy, signal, notProcessed,
                    restUncounted, outputError);
        }
    }

    /** Gives a repeated id a suffix ("a~2") so that no document overwrites another's output. */
    private static Article unique(Article a, Map<String, Integer> seen) {
        int n = seen.merge(a.id(), 1, Integer::sum);
        if (n == 1) {
            return a;
        }
        String id = a.id() + "~" + n;
        while (seen.containsKey(id)) {
            id = id + "~";
        }
        seen.put(id, 1);
        Problem readError = a.readError();
        return new Article(id, a.text(), a.title(), a.date(), a.url(), withOriginalId(a), a.sourcePath(), readError);
    }

    private static Map<String, Object> withOriginalId(Article a) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(a.metadata());
        m.put("originalId", a.id());
        return m;
    }
}
