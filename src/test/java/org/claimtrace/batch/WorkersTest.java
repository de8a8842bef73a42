package org.claimtrace.batch;

import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watchdog: over-budget documents time out, the worker stays usable, Errors fail one document. */
class WorkersTest {
    private static DocumentResult ok(Article a) {
        return Pipeline.abandoned(a, Status.OK, List.of());
    }

    @Test
    void aStuckDocumentTimesOutAndTheNextOneStillRuns() {
        CountDownLatch release = new CountDownLatch(1);
        Function<Article, DocumentResult> process = a -> {
            if (a.id().equals("stuck")) {
                // ignores interrupts, like a CoreNLP annotator deep in a long sentence
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
            return ok(a);
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Workers w = new Workers(process, 1, Duration.ofMillis(200))) {
                DocumentResult stuck = w.submit(Article.of("stuck", "x")).join();
                assertEquals(Status.TIMEOUT, stuck.status());
                assertEquals("time-budget", stuck.problems().get(0).code().json());
                assertTrue(stuck.problems().get(0).message().contains("0.2 s"), stuck.problems().toString());
                assertEquals(1, w.abandonedRunning());
                // the only slot was handed to a fresh thread
                assertEquals(Status.OK, w.submit(Article.of("next", "y")).join().status());
                release.countDown();
                for (int i = 0; i < 100 && w.abandonedRunning() > 0; i++) {
                    TimeUnit.MILLISECONDS.sleep(20);
                }
                assertEquals(0, w.abandonedRunning());
            }
        });
    }

    @Test
    void tooManyAbandonedThreadsMakeTheBatchWaitInsteadOfPilingUp() {
        CountDownLatch release = new CountDownLatch(1);
        Function<Article, DocumentResult> process = a -> {
            if (a.id().startsWith("stuck")) {
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
            return ok(a);
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Workers w = new Workers(process, 1, Duration.ofMillis(100))) {
                assertEquals(Status.TIMEOUT, w.submit(Article.of("stuck1", "x")).join().status());
                var second = w.submit(Article.of("stuck2", "x"));
                assertEquals(Status.TIMEOUT, second.join().status());
                assertEquals(2, w.abandonedRunning());
                // the slot is only freed when an abandoned thread ends
                Thread releaser = new Thread(() -> {
                    sleep(300);
                    release.countDown();
                });
                releaser.start();
                long t0 = System.nanoTime();
                assertEquals(Status.OK, w.submit(Article.of("next", "y")).join().status());
                assertTrue(System.nanoTime() - t0 > 200_000_000L, "waited for an abandoned thread");
            }
        });
    }

    @Test
    void errorsFailOnlyTheirDocument() {
        Function<Article, DocumentResult> process = a -> switch (a.id()) {
            case "oom" -> throw new OutOfMemoryError("Java heap space");
            case "deep" -> throw new StackOverflowError();
            case "bug" -> throw new IllegalStateException("a bug");
            default -> ok(a);
        };
        try (Workers w = new Workers(process, 2, Duration.ZERO)) {
            DocumentResult oom = w.submit(Article.of("oom", "x")).join();
            assertEquals(Status.FAILED, oom.status());
            assertEquals("out-of-memory", oom.problems().get(0).code().json());
            assertEquals("stack-overflow", w.submit(Article.of("deep", "x")).join().problems().get(0).code().json());
            assertEquals("internal-error", w.submit(Article.of("bug", "x")).join().problems().get(0).code().json());
            assertEquals(Status.OK, w.submit(Article.of("fine", "x")).join().status());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
