package org.claimtrace.batch;

import org.claimtrace.ClaimTrace;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.Pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Documents processed one at a time, each as soon as it is given, under the batch's time budget and with its
 * guarantees (see {@link Workers}): a document over budget gets status {@code timeout}, an error escaping the
 * pipeline fails only that document. For a long-running caller that answers one request after another, such as
 * {@code claimtrace serve}; a batch uses {@link BatchRunner}, which keeps several documents in flight.
 */
public final class OneAtATime implements AutoCloseable {
    private final Workers workers;

    /** @param timeout time allowed per document; zero for none */
    public OneAtATime(ClaimTrace claimTrace, Duration timeout) {
        this(claimTrace::process, timeout);
    }

    /** The same over any processing function (a fake pipeline in tests). */
    public OneAtATime(Function<Article, DocumentResult> process, Duration timeout) {
        this.workers = new Workers(process, 1, timeout);
    }

    /** Processes one document and returns its result; never throws for the document's content. */
    public DocumentResult process(Article article) throws InterruptedException {
        CompletableFuture<DocumentResult> result = workers.submit(article);
        try {
            return result.get();
        } catch (ExecutionException e) {
            return Pipeline.abandoned(article, Status.FAILED,
                    List.of(new Problem("batch", ProblemCode.INTERNAL_ERROR, String.valueOf(e.getCause()))));
        }
    }

    @Override
    public void close() {
        workers.close();
    }
}
