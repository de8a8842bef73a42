package org.claimtrace.tools.train;

import com.fasterxml.jackson.databind.ObjectReader;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.tools.eval.attribution.AttributionDoc;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.stages.ParseSelection;
import org.claimtrace.stages.ParseStage;
import org.claimtrace.stages.StandardStages;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Runs the pipeline's analysis stages (tokens, tags, names, dates, entities) on gold documents and parses
 * every sentence within the parse budget, so that features can be computed for any cue.
 */
public final class CorpusPreparer {
    private final List<Stage> stages;
    private final PrintStream log;

    public CorpusPreparer(ClaimTraceConfig config, PrintStream log) {
        List<Stage> chain = new ArrayList<>(StandardStages.analysis(config.modelsPath(), config.fineGrainedNer()));
        chain.add(new ParseStage(ParseSelection.ALL, config.maxParseTokens()));
        this.stages = List.copyOf(chain);
        this.log = log;
    }

    public PreparedDoc prepare(AttributionDoc gold) {
        Doc doc = new Doc(Article.of(gold.id(), gold.text()), gold.text(), null);
        for (Stage s : stages) {
            s.process(doc);
        }
        return new PreparedDoc(gold.id(), gold.text(), doc.tokens(), doc.sentences(), doc.parses(), doc.entities());
    }

    /** Every document, in the given order, on {@code threads} workers. */
    public List<PreparedDoc> prepareAll(List<AttributionDoc> docs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<PreparedDoc>> fs = new ArrayList<>();
            for (AttributionDoc d : docs) {
                fs.add(pool.submit(() -> prepare(d)));
            }
            List<PreparedDoc> out = new ArrayList<>();
            for (Future<PreparedDoc> f : fs) {
                out.add(f.get());
                if (out.size() % 100 == 0 || out.size() == fs.size()) {
                    log.printf(Locale.ROOT, "  analysed %d/%d documents%n", out.size(), fs.size());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimTraceException("interrupted", e);
        } catch (ExecutionException e) {
            throw new ClaimTraceException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes prepared documents as gzipped JSON lines. */
    public static void write(List<PreparedDoc> docs, Path file) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (PreparedDoc d : docs) {
                w.write(Json.compact(d));
                w.write('\n');
            }
        }
    }

    public static List<PreparedDoc> read(Path file) throws IOException {
        ObjectReader reader = Json.MAPPER.readerFor(PreparedDoc.class);
        List<PreparedDoc> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(reader.readValue(line));
            }
        }
        return out;
    }
}
