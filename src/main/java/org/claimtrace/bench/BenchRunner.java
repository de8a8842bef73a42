package org.claimtrace.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.claimtrace.model.Article;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs and reports a benchmark; see {@link Benchmark}. */
public final class BenchRunner {
    public static final String RAW = Benchmark.RAW_ANNOTATORS;
    private final PrintStream out;
    private final PrintStream err;

    public BenchRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void run(Path corpus, int documents, List<Integer> threads, boolean baseline) {
        List<Article> docs = BenchCorpus.load(corpus, documents);
        err.printf(Locale.ROOT, "bench: %d documents from %s, threads %s%n", docs.size(), corpus, threads);
        List<BenchResult> results = new ArrayList<>();
        double[] ctLoad = {-1};
        double[] rawLoad = {-1};
        StanfordCoreNLP[] raw = {null};
        // claimtrace first, then the baseline, so each system's load is measured cold
        for (int t : threads) {
            BenchResult r = Benchmark.claimtrace(docs, t, ctLoad);
            results.add(r);
            err.println("bench: " + r.row());
        }
        if (baseline) {
            for (int t : threads) {
                BenchResult r = Benchmark.rawCoreNlp(docs, t, raw, rawLoad);
                results.add(r);
                err.println("bench: " + r.row());
            }
        }
        out.println(BenchResult.header());
        results.forEach(r -> out.println(r.row()));
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
