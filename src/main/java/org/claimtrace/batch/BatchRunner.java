package org.claimtrace.batch;

import org.claimtrace.ClaimTrace;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.Status;
import org.claimtrace.output.OutputSink;
import org.claimtrace.pipeline.InputException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * a run, documents whose output is already current are not processed again and are counted as resumed.
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

    /** A document on its way: the future result and the fingerprint of its input. */
    private record Pending(CompletableFuture<DocumentResult> result, String input) {
    }

    /**
     * Processes every source.
     *
     * @param onResult told about each result after it is written (progress display)
     */
    public BatchSummary run(List<InputSource> sources, OutputSink sink, Consumer<DocumentResult> onResult) {
        Tally tally = new Tally(sink, onResult);
        Map<String, Integer> seenIds = new HashMap<>();
        Deque<Pending> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        try (Workers workers = new Workers(process, threads, timeout)) {
            for (InputSource source : sources) {
                try (ArticleReader.ArticleIterator it = reader.read(source)) {
                    while (it.hasNext()) {
                        Article article = unique(it.next(), seenIds);
                        String input = Fingerprints.input(article);
                        if (sink.hasCurrent(article.id(), input)) {
                            tally.resumed++;
                            continue;
                        }
                        inFlight.add(new Pending(workers.submit(article), input));
                        while (inFlight.size() >= window) {
                            tally.finish(inFlight.poll());
                        }
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                tally.finish(inFlight.poll());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } finally {
            sink.close();
        }
        return tally.summary();
    }

    /** Writes finished documents in order and counts them. */
    private static final class Tally {
        private final long start = System.nanoTime();
        private final OutputSink sink;
        private final Consumer<DocumentResult> onResult;
        private final Map<Status, Integer> counts = BatchSummary.emptyCounts();
        private long tokens;
        private int processed;
        private int resumed;
        private long firstResult = -1;

        Tally(OutputSink sink, Consumer<DocumentResult> onResult) {
            this.sink = sink;
            this.onResult = onResult;
        }

        void finish(Pending p) {
            DocumentResult r = p.result().join();
            sink.write(r, p.input());
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
            return new BatchSummary(processed + resumed, counts, resumed, tokens, elapsedMillis(),
                    Math.max(firstResult, 0));
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
