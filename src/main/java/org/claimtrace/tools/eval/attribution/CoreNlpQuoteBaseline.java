package org.claimtrace.tools.eval.attribution;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Baseline attribution extractor: CoreNLP 4.5.10's quote annotator with quote attribution
 * ({@code quote.attributeQuotes=true}, the default), converted by {@link QuoteConverter}.
 *
 * <p>In 4.5.10 quote attribution needs coref: even with {@code quote.attribution.useCoref=false}
 * the quote annotator requires {@code CanonicalEntityMentionIndexAnnotation}, which coref sets. So
 * this runs {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} (coref dominates the time).
 *
 * <p>Usage: {@code CoreNlpQuoteBaseline <corpusDir with text/*.txt> <outDir>}; writes
 * {@code outDir/<doc>.ann} with {@link BratWriter}.
 */
public final class CoreNlpQuoteBaseline {
    private final StanfordCoreNLP pipeline;

    /** Loads the pipeline (once; it is reused for every document). */
    public CoreNlpQuoteBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("quote.attributeQuotes", "true");
        props.setProperty("ner.applyFineGrained", "false");
        pipeline = new StanfordCoreNLP(props);
    }

    /** Attributions for one text, offsets in code points. */
    public List<Attribution> annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return new QuoteConverter(doc).convert();
    }

    /** Runs the baseline over {@code args[0]/text/*.txt}, writing .ann files into {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CoreNlpQuoteBaseline <corpusDir> <outDir>");
            System.exit(2);
        }
        Path outDir = Path.of(args[1]);
        CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
        List<Path> texts;
        try (Stream<Path> files = Files.list(Path.of(args[0]).resolve("text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long start = System.nanoTime();
        int n = 0;
        for (Path txt : texts) {
            String name = txt.getFileName().toString();
            String id = name.substring(0, name.length() - ".txt".length());
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            BratWriter.write(new AttributionDoc(id, text, baseline.annotate(text)), outDir);
            System.err.printf("[%d/%d] %s %.0fs%n", ++n, texts.size(), id, (System.nanoTime() - start) / 1e9);
        }
    }
}
