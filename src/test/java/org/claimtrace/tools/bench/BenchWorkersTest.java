package org.claimtrace.tools.bench;

import org.claimtrace.model.Article;
import org.claimtrace.pipeline.ClaimTraceException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's workers are made once: the timed runs use the threads the warm-up used. */
class BenchWorkersTest {
    private static List<Article> docs(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Article("d" + i, "text " + i, null, null, null, null, null, null));
        }
        return out;
    }

    @Test
    void timedRunsReuseTheWarmUpsThreadsAndCountEveryDocumentOnce() {
        Set<Thread> warm = ConcurrentHashMap.newKeySet();
        Set<Thread> timed = ConcurrentHashMap.newKeySet();
        CyclicBarrier both = new CyclicBarrier(2);
        try (BenchWorkers workers = new BenchWorkers(2)) {
            long warmTokens = workers.run("test", docs(10), 2, a -> {
                if (warm.add(Thread.currentThread())) {
                    try {
                        both.await(10, TimeUnit.SECONDS); // both workers take part in the warm-up
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return 1;
            });
            assertEquals(10, warmTokens);
            assertEquals(2, warm.size());
            for (int threads = 1; threads <= 2; threads++) {
                long tokens = workers.run("test", docs(50), threads, a -> {
                    timed.add(Thread.currentThread());
                    return Long.parseLong(a.id().substring(1));
                });
                assertEquals(49 * 50 / 2, tokens, "each document once");
            }
        }
        assertTrue(warm.containsAll(timed), "a timed run started a thread of its own: " + timed);
    }

    @Test
    void aFailureNamesTheSystemAndMoreThreadsThanWorkersIsRefused() {
        try (BenchWorkers workers = new BenchWorkers(2)) {
            ClaimTraceException e = assertThrows(ClaimTraceException.class, () -> workers.run("claimtrace", docs(5), 2,
                    a -> {
                        if (a.id().equals("d3")) {
                            throw new IllegalStateException("broken d3");
                        }
                        return 1;
                    }));
            assertTrue(e.getMessage().contains("claimtrace benchmark failed") && e.getMessage().contains("broken d3"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> workers.run("claimtrace", docs(5), 3, a -> 1));
            assertEquals(5, workers.run("claimtrace", docs(5), 1, a -> 1), "the workers still run after a failure");
        }
    }
}
