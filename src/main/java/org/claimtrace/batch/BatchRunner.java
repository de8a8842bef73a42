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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a batch: reads articles as a stream, processes them on a fixed pool of worker threads that share one
 * {@link ClaimTrace}, and writes the results in input order. At most a few documents per thread are in
 * flight, so memory stays flat however large the batch. One document's failure never affects another.
 */
public final class BatchRunner {
    private final ClaimTrace claimTrace;
    private final ArticleReader reader;
    private final int threads;

    public BatchRunner(ClaimTrace claimTrace, ArticleReader reader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.claimTrace = claimTrace;
        this.reader = reader;
        this.threads = threads;
    }

    /**
     * Processes every source.
     *
     * @param onResult told about each result after it is written (progress display)
     */
    public BatchSummary run(List<InputSource> sources, OutputSink sink, Consumer<DocumentResult> onResult) {
        long start = System.nanoTime();
        Map<Status, Integer> counts = BatchSummary.emptyCounts();
        Map<String, Integer> seenIds = new HashMap<>();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimtrace-worker-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        long tokens = 0;
        int documents = 0;
        long firstResult = -1;
        try {
            for (InputSource source : sources) {
                try (ArticleReader.ArticleIterator it = reader.read(source)) {
                    while (it.hasNext()) {
                        Article article = unique(it.next(), seenIds);
                        inFlight.add(pool.submit(() -> claimTrace.process(article)));
                        while (inFlight.size() >= window) {
                            DocumentResult r = finish(inFlight.poll(), sink, counts, onResult);
                            tokens += r.tokenCount();
                            documents++;
                            firstResult = firstResult < 0 ? elapsedMillis(start) : firstResult;
                        }
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                DocumentResult r = finish(inFlight.poll(), sink, counts, onResult);
                tokens += r.tokenCount();
                documents++;
                firstResult = firstResult < 0 ? elapsedMillis(start) : firstResult;
            }
        } finally {
            pool.shutdownNow();
            sink.close();
        }
        return new BatchSummary(documents, counts, tokens, elapsedMillis(start), Math.max(firstResult, 0));
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static DocumentResult finish(Future<DocumentResult> f, OutputSink sink, Map<Status, Integer> counts,
                                         Consumer<DocumentResult> onResult) {
        DocumentResult r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } catch (ExecutionException e) {
            // the pipeline turns every document failure into a status; this is a bug or an Error
            throw new IllegalStateException("worker failed outside the pipeline", e.getCause());
        }
        sink.write(r);
        counts.merge(r.status(), 1, Integer::sum);
        onResult.accept(r);
        return r;
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
