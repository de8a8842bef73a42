package org.claimtrace.stages;

import org.claimtrace.claims.ClaimCandidates;
import org.claimtrace.claims.ClaimExtractor;
import org.claimtrace.claims.CueLexicon;
import org.claimtrace.claims.CueScorer;
import org.claimtrace.claims.MaxentCueScorer;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.resources.Gazetteer;
import org.claimtrace.resources.ModelFiles;
import org.claimtrace.resources.TypeOverrides;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The standard chain of stages for a configuration. */
public final class StandardStages {
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String TYPE_OVERRIDES = "type-overrides.tsv";
    public static final String DEMONYMS = "demonyms.tsv";
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
        Gazetteer gazetteer = SharedModels.get("gazetteer:" + files.location(),
                () -> new Gazetteer(files.readTsv(GAZETTEER), GAZETTEER));
        TypeOverrides overrides = SharedModels.get("overrides:" + files.location(),
                () -> new TypeOverrides(files.readTsv(TYPE_OVERRIDES), TYPE_OVERRIDES));
        CueLexicon cues = SharedModels.get("cues:" + files.location(), () -> new CueLexicon(files.readTsv(CueLexicon.FILE)));
        Map<String, String> demonyms = SharedModels.get("demonyms:" + files.location(), () -> demonyms(files));
        CueScorer scorer = SharedModels.get("cue-scorer:" + files.location(), () -> cueScorer(files));
        TimeWords timeWords = SharedModels.get("time-words:" + files.location(), () -> TimeWords.load(files));
        return List.of(
                new LanguageStage(),
                new TokenizeStage(),
                new PosLemmaStage(),
                new NerStage(fineGrainedNer, gazetteer, overrides),
                new TimexStage(timeWords),
                new EntityStage(),
                new ParseStage(new ClaimCandidates(cues), maxParseTokens),
                new ClaimStage(new ClaimExtractor(cues, scorer, demonyms)));
    }

    /**
     * The stages up to and including the time stage (language, tokens, POS, NER, time expressions): all that
     * time-expression evaluation needs, without the parser and claims.
     */
    public static List<Stage> throughTime(Path modelsDir, boolean fineGrainedNer) {
        ModelFiles files = new ModelFiles(modelsDir);
        Gazetteer gazetteer = SharedModels.get("gazetteer:" + files.location(),
                () -> new Gazetteer(files.readTsv(GAZETTEER), GAZETTEER));
        TypeOverrides overrides = SharedModels.get("overrides:" + files.location(),
                () -> new TypeOverrides(files.readTsv(TYPE_OVERRIDES), TYPE_OVERRIDES));
        TimeWords timeWords = SharedModels.get("time-words:" + files.location(), () -> TimeWords.load(files));
        return List.of(
                new LanguageStage(),
                new TokenizeStage(),
                new PosLemmaStage(),
                new NerStage(fineGrainedNer, gazetteer, overrides),
                new TimexStage(timeWords));
    }

    /** The trained scorer when the models hold {@value MaxentCueScorer#FILE}, else every lexicon word is a cue. */
    private static CueScorer cueScorer(ModelFiles files) {
        MaxentCueScorer trained = MaxentCueScorer.loadIfPresent(files);
        return trained == null ? CueScorer.LEXICON_ONLY : trained;
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
