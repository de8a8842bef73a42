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
     * @param documents         documents for claimtrace (the corpus replicated as needed)
     * @param baselineDocuments documents for raw CoreNLP: the first ones of the same list (0: none)
     */
    public void run(Path corpus, int documents, int baselineDocuments, List<Integer> threads) {
        List<Article> docs = BenchCorpus.load(corpus, documents);
        List<Article> baselineDocs = docs.subList(0, Math.min(docs.size(), baselineDocuments));
        boolean baseline = !baselineDocs.isEmpty();
        int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        err.printf(Locale.ROOT, "bench: %d documents from %s (raw CoreNLP: the first %d), threads %s%n", docs.size(),
                corpus, baselineDocs.size(), threads);
        List<BenchResult> results = new ArrayList<>();
        // each system: cold load and first document, an untimed warm-up, then the timed runs
        Benchmark.Loaded ct = Benchmark.claimtrace(docs.get(0));
        Benchmark.warmUp(ct, docs.subList(0, Math.min(docs.size(), WARM_UP_DOCUMENTS)), maxThreads);
        for (int t : threads) {
            BenchResult r = Benchmark.measure(ct, docs, t);
            results.add(r);
            err.println("bench: " + r.row());
        }
        if (baseline) {
            Benchmark.Loaded raw = Benchmark.rawCoreNlp(baselineDocs.get(0));
            Benchmark.warmUp(raw, baselineDocs.subList(0, Math.min(baselineDocs.size(), WARM_UP_DOCUMENTS / 10)),
                    maxThreads);
            for (int t : threads) {
                BenchResult r = Benchmark.measure(raw, baselineDocs, t);
                results.add(r);
                err.println("bench: " + r.row());
            }
        }
        out.println(BenchResult.header());
        results.forEach(r -> out.println(r.row()));
        out.println();
        out.println("Load and first result are from a cold start (the first document right after loading); each "
                + "system then processed " + WARM_UP_DOCUMENTS + " (raw CoreNLP: " + WARM_UP_DOCUMENTS / 10
                + ") documents untimed before its timed runs.");
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
