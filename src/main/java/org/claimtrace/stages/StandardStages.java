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
        List<Stage> analysis = analysis(modelsDir, fineGrainedNer);
        CueLexicon cues = lexicon(files);
        Map<String, String> demonyms = SharedModels.get("demonyms:" + files.location(), () -> demonyms(files));
        WordClasses classes = wordClasses(analysis);
        AttributionModel model = SharedModels.get("attribution-model:" + files.location(),
                () -> files.read(AttributionModel.FILE, in -> AttributionModel.read(in, AttributionModel.FILE, cues, classes)));
        List<Stage> out = new ArrayList<>(analysis);
        out.add(new CueStage(model.cueDetector(), cues, classes));
        out.add(new ParseStage(new ClaimSentences(cues), maxParseTokens));
        out.add(new ClaimStage(new ClaimExtractor(model, cues, classes, ClaimRules.ORDER, demonyms)));
        return List.copyOf(out);
    }

    /**
     * The stages before any claim decision: language, tokens and sentences, tags, names, dates and entities.
     * Training reads its features from these, so they do not need the attribution model.
     */
    public static List<Stage> analysis(Path modelsDir, boolean fineGrainedNer) {
        ModelFiles files = new ModelFiles(modelsDir);
        Gazetteer gazetteer = SharedModels.get("gazetteer:" + files.location(),
                () -> new Gazetteer(files.readTsv(GAZETTEER), GAZETTEER));
        TypeOverrides overrides = SharedModels.get("overrides:" + files.location(),
                () -> new TypeOverrides(files.readTsv(TYPE_OVERRIDES), TYPE_OVERRIDES));
        TimeWords timeWords = SharedModels.get("time-words:" + files.location(), () -> TimeWords.load(files));
        FirstNameGender firstNames = SharedModels.get("first-names:" + files.location(), () -> firstNames(files));
        return List.of(
                new LanguageStage(),
                new TokenizeStage(),
                new PosLemmaStage(),
                new NerStage(fineGrainedNer, gazetteer, overrides),
                new TimexStage(timeWords),
                new EntityStage(firstNames));
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
