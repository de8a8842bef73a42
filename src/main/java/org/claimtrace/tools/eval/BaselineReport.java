package org.claimtrace.tools.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link RawCoreNlpBaseline} over MEANTIME and prints Markdown tables: NER (exact and same-type overlap
 * matching) and TempEval-3 time-expression scores.
 * <p>
 * Usage: {@code java -Xmx3g -cp ... org.claimtrace.tools.eval.BaselineReport path/to/meantime_en_intra-doc.jsonl}
 */
public final class BaselineReport {

    private static final Set<String> NER_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    private BaselineReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BaselineReport <meantime_en_intra-doc.jsonl>");
            System.exit(2);
        }
        Path jsonl = Path.of(args[0]);
        List<GoldDocument> nerDocs = MeantimeReader.readNer(jsonl);
        Map<String, GoldDocument> timexDocs = new HashMap<>();
        for (GoldDocument d : MeantimeReader.readTimex(jsonl)) {
            timexDocs.put(d.id(), d);
        }

        long start = System.nanoTime();
        RawCoreNlpBaseline baseline = new RawCoreNlpBaseline();
        System.err.printf("pipeline loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);

        NerScorer exact = new NerScorer(NerScorer.Matching.EXACT, NER_TYPES);
        NerScorer overlap = new NerScorer(NerScorer.Matching.OVERLAP, NER_TYPES);
        TimexScorer timex = new TimexScorer();
        int done = 0;
        for (GoldDocument doc : nerDocs) {
            RawCoreNlpBaseline.Output out = baseline.annotate(doc);
            exact.add(doc, out.entities());
            overlap.add(doc, out.entities());
            timex.add(timexDocs.get(doc.id()), out.timexes());
            if (++done % 20 == 0) {
                System.err.printf("%d/%d documents, %.0f s%n", done, nerDocs.size(), (System.nanoTime() - start) / 1e9);
            }
        }

        System.out.printf("# Raw CoreNLP baseline on MEANTIME (%d documents, sentences 0-%d)%n%n",
                nerDocs.size(), MeantimeReader.SCORED_SENTENCES - 1);
        System.out.println("## NER, exact span + type");
        System.out.println(exact.result().toMarkdown());
        System.out.println("## NER, overlapping span + same type (one-to-one)");
        System.out.println(overlap.result().toMarkdown());
        System.out.println("## Time expressions (TempEval-3)");
        System.out.println(timex.result().toMarkdown());
        System.out.printf("Total time %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
