package org.claimtrace.tools.bench;

import org.claimtrace.model.Article;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs and reports a benchmark; see {@link Benchmark}. */
public final class BenchRunner {
    public static final String RAW = Benchmark.RAW_ANNOTATORS;
    /** Documents processed untimed before claimtrace's timed runs (a tenth of them before the baseline's). */
    static final int WARM_UP_DOCUMENTS = 100;
    private final PrintStream out;
    private final PrintStream err;

    public BenchRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * @param split             warm-up and timed documents
     * @param baselineDocuments documents for raw CoreNLP: the first ones of the timed list (0: all of them; -1: none)
     */
    public void run(String corpus, BenchCorpus.Split split, int baselineDocuments, List<Integer> threads) {
        List<Article> docs = split.timed();
        List<Article> warm = split.warmUp().isEmpty() ? docs.subList(0, 1) : split.warmUp();
        List<Article> baselineDocs = baselineDocuments < 0 ? List.of()
                : docs.subList(0, baselineDocuments == 0 ? docs.size() : Math.min(docs.size(), baselineDocuments));
        int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        err.printf(Locale.ROOT, "bench: %d timed documents (%d of them repeats) and %d warm-up documents from %s "
                        + "(raw CoreNLP: the first %d timed), threads %s%n", docs.size(), split.replicated(),
                warm.size(), corpus, baselineDocs.size(), threads);
        try (BenchWorkers workers = new BenchWorkers(maxThreads)) {
            run(split, docs, warm, baselineDocs, threads, maxThreads, workers);
        }
    }

    private void run(BenchCorpus.Split split, List<Article> docs, List<Article> warm, List<Article> baselineDocs,
                     List<Integer> threads, int maxThreads, BenchWorkers workers) {
        boolean baseline = !baselineDocs.isEmpty();
        List<BenchResult> results = new ArrayList<>();
        // each system: cold load and first document, an untimed warm-up on other articles on every worker, then
        // the timed runs on the same workers
        Benchmark.Loaded ct = Benchmark.claimtrace(warm.get(0));
        Benchmark.warmUp(workers, ct, warm, maxThreads);
        for (int t : threads) {
            BenchResult r = Benchmark.measure(workers, ct, docs, t);
            results.add(r);
            err.println("bench: " + r.row());
            if (split.replicated() > 0) {
                BenchResult d = Benchmark.measure(workers, ct, split.distinctTimed(), t);
                results.add(d.named("claimtrace, distinct only"));
                err.println("bench: " + d.row());
            }
        }
        if (baseline) {
            Benchmark.Loaded raw = Benchmark.rawCoreNlp(warm.get(0));
            Benchmark.warmUp(workers, raw, warm.subList(0, Math.max(1, warm.size() / 10)), maxThreads);
            for (int t : threads) {
                BenchResult r = Benchmark.measure(workers, raw, baselineDocs, t);
                results.add(r);
                err.println("bench: " + r.row());
            }
        }
        out.println(BenchResult.header());
        results.forEach(r -> out.println(r.row()));
        out.println();
        out.println("Load and first result are from a cold start (the first warm-up document right after loading); "
                + "each system then processed " + warm.size() + " (raw CoreNLP: " + Math.max(1, warm.size() / 10)
                + ") warm-up documents untimed, "
                + (split.warmUp().isEmpty() ? "the first of the " + docs.size() + " timed ones (no other article was left)"
                : "none of them among the " + docs.size() + " timed ones")
                + (split.replicated() > 0 ? ", of which " + split.replicated() + " are repeats (see the distinct-only rows)"
                : ", all distinct") + ".");
        if (baseline) {
            out.println();
            out.println("| threads | tokens/s ratio claimtrace / raw CoreNLP |");
            out.println("|---:|---:|");
            for (int t : threads) {
                BenchResult a = find(results, "claimtrace", t);
                BenchResult b = find(results, "raw CoreNLP", t);
                out.printf(Locale.ROOT, "| %d | %.2f |%n", t, a.tokensPerSecond() / b.tokensPerSecond());
            }
        }
        for (BenchResult r : results) {
            if (r.stageTable() != null) {
                out.printf(Locale.ROOT, "%n%s, %d thread(s): ", r.system(), r.threads());
                out.print(r.stageTable());
            }
        }
        if (threads.contains(1) && threads.contains(2)) {
            BenchResult one = find(results, "claimtrace", 1);
            BenchResult two = find(results, "claimtrace", 2);
            out.printf(Locale.ROOT, "%nclaimtrace speed-up from 1 to 2 threads: %.2f%n",
                    two.tokensPerSecond() / one.tokensPerSecond());
        }
    }

    private static BenchResult find(List<BenchResult> rs, String system, int threads) {
        return rs.stream().filter(r -> r.system().equals(system) && r.threads() == threads).findFirst().orElseThrow();
    }
}
