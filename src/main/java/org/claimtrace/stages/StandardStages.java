package org.claimtrace.stages;

import org.claimtrace.claims.ClaimExtractor;
import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.ClaimRules;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.resources.Gazetteer;
import org.claimtrace.resources.ModelFiles;
import org.claimtrace.resources.TypeOverrides;

import java.nio.file.Path;
import java.util.ArrayList;
import org.claimtrace.resolve.FirstNameGender;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrace.pipeline.ModelLoadException;

/** The standard chain of stages for a configuration. */
public final class StandardStages {
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String TYPE_OVERRIDES = "type-overrides.tsv";
    public static final String DEMONYMS = "demonyms.tsv";
    public static final String FIRST_NAMES = "first-names.tsv";
    /** The default parse budget: sentences longer than this many tokens are not parsed. */
    public static final int MAX_PARSE_TOKENS = 150;

    private StandardStages() {
    }

    /**
     * @param modelsDir      the project models directory, or null for the copy in the jar
     * @param fineGrainedNer whether CoreNLP's fine-grained NER rules run
     * @param maxParseTokens the parse budget in tokens per sentence
     */
    public static List<Stage> build(Path modelsDir, boolean fineGrainedNer, int maxParseTokens) {
        ModelFiles files = new ModelFiles(modelsDir);
        CueLexicon cues = lexicon(files);
        ExecutorService loaders = loaders();
        try {
            // the parser is the longest load: it starts first, beside the analysis stages
            Future<Stage> parse = loaders.submit(() -> new ParseStage(new ClaimSentences(cues), maxParseTokens));
            List<Future<Stage>> analysis = analysis(modelsDir, fineGrainedNer, loaders);
            Map<String, String> demonyms = SharedModels.get("demonyms:" + files.location(), () -> demonyms(files));
            // the attribution model's fingerprint names the NER model's word classes: it loads once NER has
            WordClasses classes = ((NerStage) join(analysis.get(NER_INDEX))).wordClasses();
            AttributionModel model = SharedModels.get("attribution-model:" + files.location(),
                    () -> files.read(AttributionModel.FILE, in -> AttributionModel.read(in, AttributionModel.FILE, cues, classes)));
            List<Stage> out = new ArrayList<>();
            for (Future<Stage> f : analysis) {
                out.add(join(f));
            }
            out.add(new CueStage(model.cueDetector(), cues, classes));
            out.add(join(parse));
            out.add(new ClaimStage(new ClaimExtractor(model, cues, classes, ClaimRules.ORDER, demonyms)));
            return List.copyOf(out);
        } finally {
            loaders.shutdownNow();
        }
    }

    /**
     * The stages before any claim decision: language, tokens and sentences, tags, names, dates and entities.
     * Training reads its features from these, so they do not need the attribution model.
     */
    public static List<Stage> analysis(Path modelsDir, boolean fineGrainedNer) {
        ExecutorService loaders = loaders();
        try {
            List<Stage> out = new ArrayList<>();
            for (Future<Stage> f : analysis(modelsDir, fineGrainedNer, loaders)) {
                out.add(join(f));
            }
            return List.copyOf(out);
        } finally {
            loaders.shutdownNow();
        }
    }

    /** The position of the NER stage in {@link #analysis(Path, boolean)}. */
    private static final int NER_INDEX = 3;

    /**
     * The analysis stages, each built by a task on {@code loaders}, in pipeline order. The models are independent,
     * so they load side by side (docs/PERFORMANCE.md); the heaviest are submitted first.
     */
    private static List<Future<Stage>> analysis(Path modelsDir, boolean fineGrainedNer, ExecutorService loaders) {
        ModelFiles files = new ModelFiles(modelsDir);
        Future<Stage> ner = loaders.submit(() -> {
            Gazetteer gazetteer = SharedModels.get("gazetteer:" + files.location(),
                    () -> new Gazetteer(files.readTsv(GAZETTEER), GAZETTEER));
            TypeOverrides overrides = SharedModels.get("overrides:" + files.location(),
                    () -> new TypeOverrides(files.readTsv(TYPE_OVERRIDES), TYPE_OVERRIDES));
            return new NerStage(fineGrainedNer, gazetteer, overrides);
        });
        Future<Stage> pos = loaders.submit(PosLemmaStage::new);
        Future<Stage> timex = loaders.submit(() ->
                new TimexStage(SharedModels.get("time-words:" + files.location(), () -> TimeWords.load(files))));
        Future<Stage> language = loaders.submit(LanguageStage::new);
        Future<Stage> tokenize = loaders.submit(TokenizeStage::new);
        Future<Stage> entity = loaders.submit(() ->
                new EntityStage(SharedModels.get("first-names:" + files.location(), () -> firstNames(files))));
        return List.of(language, tokenize, pos, ner, timex, entity);
    }

    /** Two loading threads: this machine class has two cores, and the loads are CPU-bound. */
    private static ExecutorService loaders() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "claimtrace-load-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The stage a loading task built; a load failure is rethrown as it was thrown. */
    private static Stage join(Future<Stage> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelLoadException("interrupted while loading the models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ModelLoadException("cannot load the models: " + cause, cause);
        }
    }

    /** The cue lexicon of the models directory, validated on load. */
    public static CueLexicon lexicon(ModelFiles files) {
        return SharedModels.get("cues:" + files.location(), () -> new CueLexicon(files.readTsv(CueLexicon.FILE)));
    }

    /** The word classes of the NER stage among {@code stages}. */
    public static WordClasses wordClasses(List<Stage> stages) {
        for (Stage s : stages) {
            if (s instanceof NerStage ner) {
                return ner.wordClasses();
            }
        }
        throw new IllegalArgumentException("no NER stage");
    }

    /**
     * The stages up to and including the time stage (language, tokens, POS, NER, time expressions): all that
     * time-expression evaluation needs, without the parser and claims.
     */
    public static List<Stage> throughTime(Path modelsDir, boolean fineGrainedNer) {
        List<Stage> analysis = analysis(modelsDir, fineGrainedNer);
        return analysis.subList(0, analysis.size() - 1); // all but the entity stage
    }

    /** CoreNLP's first-name genders with the corrections in first-names.tsv, each row checked with its line. */
    private static FirstNameGender firstNames(ModelFiles files) {
        Map<String, String> genders = new HashMap<>();
        for (ModelFiles.Row row : files.readTsv(FIRST_NAMES)) {
            if (row.cells().length != 2 || !FirstNameGender.GENDERS.contains(row.cell(1).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(FIRST_NAMES + " line " + row.line()
                        + ": expected 'name<TAB>male|female|either', got " + String.join(" | ", row.cells()));
            }
            genders.put(row.cell(0), row.cell(1));
        }
        return FirstNameGender.withCorrections(genders);
    }

    /** adjective → place, from demonyms.tsv. */
    private static Map<String, String> demonyms(ModelFiles files) {
        Map<String, String> out = new HashMap<>();
        for (ModelFiles.Row row : files.readTsv(DEMONYMS)) {
            for (int i = 1; i < row.cells().length; i++) {
                if (!row.cell(i).isEmpty()) {
                    out.putIfAbsent(row.cell(i), row.cell(0));
                }
            }
        }
        return Map.copyOf(out);
    }
}
